using TrustSafety.Diagnostics;
using TrustSafety.Markers;
using TrustSafety.Reading.SpeechToText;
using TrustSafety.Transcripts;
using static TrustSafety.Core.Tests.Reading.SpeechToText.SpeechToTextFixtures;

namespace TrustSafety.Core.Tests.Reading.SpeechToText;

public class WhisperXTranscriptReaderTests
{
    private const string Fixture = "whisperx.json";

    private static Transcript ReadFixture() => Read(new WhisperXTranscriptReader(), Fixture);

    private static Transcript ReadText(string json) => ReadJson(new WhisperXTranscriptReader(), json);

    [Fact]
    public void The_turns_speakers_and_times_are_those_of_the_file_with_texts_trimmed()
    {
        var transcript = ReadFixture();

        transcript.Source.Format.Should().Be("whisperx");
        transcript.Speakers.Select(s => (s.Id, s.Name)).Should().Equal(("SPEAKER_01", "SPEAKER_01"), ("SPEAKER_00", "SPEAKER_00"), ("Unknown", "Unknown"));
        Listing(transcript).Should().Equal(
            ("SPEAKER_01", "Last time you mentioned wanting more energy in the mornings. How has that been going?", Ms(31), Ms(5903)),
            ("SPEAKER_00", "Better on the days I walk the dog before opening my laptop.", Ms(5750), Ms(10440)),
            ("SPEAKER_01", "What is different about those days?", Ms(10700), Ms(13215)),
            ("Unknown", "Mm.", Ms(13500), Ms(14100)),
            ("SPEAKER_00", "I feel like I chose the first hour myself instead of the inbox choosing it.", Ms(14300), Ms(19962)),
            ("SPEAKER_01", "That sounds important to you.", Ms(19800), Ms(22640)));
    }

    [Fact]
    public void Consecutive_segments_of_one_speaker_merge_into_one_turn()
    {
        var turn = ReadFixture().Turns[0];

        turn.Utterances.Select(u => (u.Text, u.Start, u.End)).Should().Equal(
            ("Last time you mentioned wanting more energy in the mornings.", Ms(31), Ms(3412)),
            ("How has that been going?", Ms(3612), Ms(5903)));
    }

    [Fact]
    public void A_segment_without_a_speaker_goes_to_Unknown_with_TS0008_at_the_segment()
    {
        var transcript = ReadFixture();
        var (line, column) = Locate(FixtureText(Fixture), "{\n      \"start\": 13.5,", "{");

        transcript.Turns[3].Speaker.Name.Should().Be("Unknown");
        transcript.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Id == DiagnosticIds.UnknownSpeaker
            && d.Severity == Severity.Warning
            && d.Location!.Line == line && d.Location.Column == column && d.Location.TurnIndex == 3
            && d.Message.Contains($"line {line}, column {column}"));
    }

    [Fact]
    public void Each_segment_without_a_speaker_gets_its_own_TS0008()
    {
        var transcript = ReadText("""
            {"segments": [
              {"start": 0.0, "end": 1.0, "text": "Hello."},
              {"start": 1.2, "end": 2.0, "text": "Hi.", "speaker": "SPEAKER_00"},
              {"start": 2.2, "end": 3.0, "text": "How are you?"}
            ]}
            """);

        transcript.Turns.Select(t => t.Speaker.Id).Should().Equal("Unknown", "SPEAKER_00", "Unknown");
        transcript.Diagnostics.Select(d => (d.Id, d.Location!.Line, d.Location.TurnIndex)).Should().Equal(
            (DiagnosticIds.UnknownSpeaker, 2, 0),
            (DiagnosticIds.UnknownSpeaker, 4, 2));
    }

    [Fact]
    public void Overlap_between_different_speakers_is_kept()
    {
        var transcript = ReadFixture();

        transcript.Turns[1].Start.Should().BeLessThan(transcript.Turns[0].End!.Value);
        transcript.Turns[5].Start.Should().BeLessThan(transcript.Turns[4].End!.Value);
        transcript.Diagnostics.Should().OnlyContain(d => d.Id == DiagnosticIds.UnknownSpeaker);
    }

    [Fact]
    public void The_fixture_is_detected_as_whisperx_ahead_of_every_other_format()
    {
        var scores = Scores(FixtureText(Fixture));

        scores[0].Should().Be(("whisperx", 75));
        scores[1].Score.Should().BeLessThan(75);
    }

    [Fact]
    public void A_character_maps_to_its_column_past_the_trimmed_leading_space()
    {
        var turn = ReadFixture().Turns[2];
        var (line, column) = Locate(FixtureText(Fixture), "\"text\": \" What is different about those days?\"", "What");

        var position = turn.MapToSource(0)!.Value;

        (position.Line, position.Column).Should().Be((line, column));
    }

    [Fact]
    public void Segments_that_are_an_object_are_reported_at_their_position()
    {
        var act = () => ReadText("{\"segments\": {}}");

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 1 && e.Column == 14)
            .WithMessage("*expected `segments` to be an array, found an object");
    }

    [Fact]
    public void A_document_without_segments_is_refused_saying_what_was_expected()
    {
        var act = () => ReadText("{\"text\": \"Hello\", \"language\": \"en\"}");

        act.Should().Throw<TranscriptFormatException>().WithMessage("t.json(1,1): expected a WhisperX transcript with a `segments` array, found no `segments`");
    }

    [Fact]
    public void A_missing_start_is_reported_at_the_segment()
    {
        var act = () => ReadText("{\"segments\": [\n  {\"end\": 1.0, \"text\": \"Hello.\", \"speaker\": \"SPEAKER_00\"}\n]}");

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 2 && e.Column == 3)
            .WithMessage("*expected `start` (a time in seconds (a number not below 0)) in the segment, found no `start`");
    }

    [Fact]
    public void A_segment_that_is_not_an_object_is_reported_at_its_position()
    {
        var act = () => ReadText("{\"segments\": [\n  \"Hello.\"\n]}");

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 2 && e.Column == 3)
            .WithMessage("*expected a segment object {\"start\", \"end\", \"text\", \"speaker\"}, found a string (\"Hello.\")");
    }

    [Fact]
    public void Malformed_JSON_is_reported_at_its_line_and_column()
    {
        var act = () => ReadText("{\"segments\": [\n  {\"start\": 0.0, \"end\": 1.0, \"text\": \"Hello.}\n]}");

        act.Should().Throw<TranscriptFormatException>().Where(e => e.Line == 2).WithMessage("t.json(2,*): the JSON is not well formed*");
    }

    [Fact]
    public void A_segment_with_whitespace_text_is_skipped_with_TS0007()
    {
        var transcript = ReadText("""
            {"segments": [
              {"start": 0.0, "end": 1.0, "text": " ", "speaker": "SPEAKER_00"},
              {"start": 1.2, "end": 2.0, "text": " Hi.", "speaker": "SPEAKER_01"}
            ]}
            """);

        transcript.Turns.Select(t => t.Text).Should().Equal("Hi.");
        transcript.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Id == DiagnosticIds.EmptyCue && d.Location!.Line == 2 && d.Location.Column == 3 && d.Message.StartsWith("The segment at line 2, column 3 has no text", StringComparison.Ordinal));
    }
}
