using TrustSafety.Diagnostics;
using TrustSafety.Reading.SpeechToText;
using TrustSafety.Transcripts;
using static TrustSafety.Core.Tests.Reading.SpeechToText.SpeechToTextFixtures;

namespace TrustSafety.Core.Tests.Reading.SpeechToText;

public class OpenAiTranscriptReaderTests
{
    private const string Fixture = "openai.json";

    private static Transcript ReadFixture() => Read(new OpenAiTranscriptReader(), Fixture);

    private static Transcript ReadText(string json) => ReadJson(new OpenAiTranscriptReader(), json);

    [Fact]
    public void The_turns_speakers_and_times_are_those_of_the_file()
    {
        var transcript = ReadFixture();

        transcript.Source.Format.Should().Be("openai");
        transcript.Speakers.Select(s => (s.Id, s.Name, s.Role)).Should().Equal(("A", "A", SpeakerRole.Unknown), ("B", "B", SpeakerRole.Unknown));
        Listing(transcript).Should().Equal(
            ("A", "So what is on your mind this week?", Ms(0), Ms(2850)),
            ("B", "The promotion. I said yes before I thought about it.", Ms(3100), Ms(8200)),
            ("A", "And now that you have thought about it?", Ms(7900), Ms(10350)),
            ("B", "Part of me is proud. Part of me misses doing the actual work.", Ms(10800), Ms(16000)),
            ("A", "Both parts are welcome here. Which one wants to speak first?", Ms(16300), Ms(20600)),
            ("B", "The one that misses the work, I think.", Ms(21000), Ms(24900)));
    }

    [Fact]
    public void Segment_ids_are_kept_and_consecutive_segments_of_one_speaker_merge()
    {
        var transcript = ReadFixture();

        transcript.Turns.SelectMany(t => t.Utterances).Select(u => u.Id).Should().Equal("seg_0", "seg_1", "seg_2", "seg_3", "seg_4", "seg_5", "seg_6");
        transcript.Turns[1].Utterances.Select(u => (u.Text, u.Start, u.End)).Should().Equal(
            ("The promotion.", Ms(3100), Ms(4400)),
            ("I said yes before I thought about it.", Ms(4600), Ms(8200)));
    }

    [Fact]
    public void Overlap_between_different_speakers_is_kept_without_a_diagnostic()
    {
        var transcript = ReadFixture();

        transcript.Turns[2].Start.Should().BeLessThan(transcript.Turns[1].End!.Value);
        transcript.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void The_fixture_is_detected_as_openai_ahead_of_every_other_format()
    {
        var scores = Scores(FixtureText(Fixture));

        scores[0].Should().Be(("openai", 85));
        scores[1].Score.Should().BeLessThan(85);
    }

    [Fact]
    public void A_character_of_a_merged_turn_maps_to_its_line_and_column_in_the_file()
    {
        var turn = ReadFixture().Turns[1];
        var (line, column) = Locate(FixtureText(Fixture), "\"text\": \"I said yes before I thought about it.\"", "thought");

        var position = turn.MapToSource(turn.Text.IndexOf("thought", StringComparison.Ordinal))!.Value;

        (position.Line, position.Column).Should().Be((line, column));
    }

    [Fact]
    public void A_missing_speaker_is_reported_at_the_segment()
    {
        var act = () => ReadText("{\"segments\": [\n  {\"id\": \"seg_0\", \"start\": 0, \"end\": 1, \"text\": \"Hi.\"}\n]}");

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 2 && e.Column == 3)
            .WithMessage("*expected `speaker` (a speaker label) in the segment, found no `speaker`");
    }

    [Fact]
    public void An_id_that_is_an_array_is_reported_at_the_value()
    {
        var act = () => ReadText("{\"segments\": [{\"id\": [0], \"start\": 0, \"end\": 1, \"text\": \"Hi.\", \"speaker\": \"A\"}]}");

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 1 && e.Column == 22)
            .WithMessage("*expected `id` to be an id (a string or a number), found an array");
    }

    [Fact]
    public void A_document_without_segments_is_refused_saying_what_was_expected()
    {
        var act = () => ReadText("{\"text\": \"Hi.\"}");

        act.Should().Throw<TranscriptFormatException>()
            .WithMessage("t.json(1,1): expected an OpenAI diarized_json transcript with a `segments` array, found no `segments` (ask for response_format=diarized_json)");
    }

    [Fact]
    public void Malformed_JSON_is_reported_at_its_line_and_column()
    {
        var act = () => ReadText("{\"segments\": [\n  {\"id\": \"seg_0\",\n   \"start\": 0 1}\n]}");

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 3 && e.Column == 15)
            .WithMessage("t.json(3,15): the JSON is not well formed*");
    }

    [Fact]
    public void A_segment_with_empty_text_is_skipped_with_TS0007()
    {
        var transcript = ReadText("""
            {"segments": [
              {"id": "seg_0", "start": 0, "end": 1, "text": "", "speaker": "A"},
              {"id": "seg_1", "start": 1, "end": 2, "text": "Hi.", "speaker": "B"}
            ]}
            """);

        transcript.Turns.Select(t => (t.Speaker.Id, t.Text)).Should().Equal(("B", "Hi."));
        transcript.Diagnostics.Should().ContainSingle().Which.Id.Should().Be(DiagnosticIds.EmptyCue);
    }
}
