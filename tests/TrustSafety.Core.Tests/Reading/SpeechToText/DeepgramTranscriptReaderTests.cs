using TrustSafety.Diagnostics;
using TrustSafety.Reading.SpeechToText;
using TrustSafety.Transcripts;
using static TrustSafety.Core.Tests.Reading.SpeechToText.SpeechToTextFixtures;

namespace TrustSafety.Core.Tests.Reading.SpeechToText;

public class DeepgramTranscriptReaderTests
{
    private const string Fixture = "deepgram.json";

    private static Transcript ReadFixture() => Read(new DeepgramTranscriptReader(), Fixture);

    private static Transcript ReadText(string json) => ReadJson(new DeepgramTranscriptReader(), json);

    [Fact]
    public void The_turns_speakers_and_times_are_those_of_the_file()
    {
        var transcript = ReadFixture();

        transcript.Source.Format.Should().Be("deepgram");
        Listing(transcript).Should().Equal(
            ("0", "Where would you like to start today?", Ms(400), Ms(2960)),
            ("1", "With the feedback from my team review. It stung more than I expected.", Ms(3200), Ms(8740)),
            ("0", "What part of it stayed with you?", Ms(8500), Ms(11100)),
            ("1", "That I don't listen in meetings. I thought I was the one holding everything together.", Ms(11400), Ms(19880)),
            ("0", "You sound surprised, and maybe a little hurt.", Ms(19600), Ms(23750)),
            ("1", "Yes. Hurt is the right word.", Ms(24100), Ms(27300)),
            ("0", "What would you want your team to notice instead?", Ms(27600), Ms(31450)));
    }

    [Fact]
    public void Speaker_numbers_are_kept_as_ids_with_a_display_name_and_no_role()
    {
        var transcript = ReadFixture();

        transcript.Speakers.Select(s => (s.Id, s.Name, s.Role)).Should().Equal(("0", "Speaker 0", SpeakerRole.Unknown), ("1", "Speaker 1", SpeakerRole.Unknown));
    }

    [Fact]
    public void Consecutive_utterances_of_one_speaker_merge_into_one_turn_and_keep_their_ids()
    {
        var turn = ReadFixture().Turns[3];

        turn.Utterances.Select(u => (u.Id, u.Start, u.End)).Should().Equal(
            ("c0a8f1e2-0004-4d5e-8f90-112233445566", Ms(11400), Ms(15020)),
            ("c0a8f1e2-0005-4d5e-8f90-112233445566", Ms(15300), Ms(19880)));
    }

    [Fact]
    public void Overlap_between_different_speakers_is_kept_without_a_diagnostic()
    {
        var transcript = ReadFixture();

        transcript.Turns[2].Start.Should().BeLessThan(transcript.Turns[1].End!.Value);
        transcript.Turns[4].Start.Should().BeLessThan(transcript.Turns[3].End!.Value);
        transcript.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void The_fixture_is_detected_as_deepgram_ahead_of_every_other_format()
    {
        var scores = Scores(FixtureText(Fixture));

        scores[0].Should().Be(("deepgram", 85));
        scores[1].Score.Should().BeLessThan(85);
    }

    [Fact]
    public void A_character_of_a_turn_maps_to_its_line_and_column_in_the_file()
    {
        var turn = ReadFixture().Turns[4];
        var (line, column) = Locate(FixtureText(Fixture), "\"transcript\": \"You sound surprised, and maybe a little hurt.\"", "hurt");

        var position = turn.MapToSource(turn.Text.IndexOf("hurt", StringComparison.Ordinal))!.Value;

        (position.Line, position.Column).Should().Be((line, column));
    }

    [Fact]
    public void A_missing_speaker_is_an_error_with_a_hint_about_diarization()
    {
        var act = () => ReadText("{\"results\": {\"utterances\": [\n  {\"start\": 0.5, \"end\": 1.5, \"transcript\": \"Hello.\"}\n]}}");

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 2 && e.Column == 3)
            .WithMessage("*expected `speaker` (a speaker label) in the utterance, found no `speaker` (ask Deepgram for diarize=true)");
    }

    [Fact]
    public void Results_without_utterances_are_refused_with_a_hint()
    {
        var act = () => ReadText("{\"metadata\": {}, \"results\": {\"channels\": []}}");

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 1 && e.Column == 29)
            .WithMessage("*expected a Deepgram transcript with a `results.utterances` array, found no `results.utterances` (ask Deepgram for utterances=true)");
    }

    [Fact]
    public void A_document_without_results_is_refused_saying_what_was_expected()
    {
        var act = () => ReadText("{\"metadata\": {\"request_id\": \"x\"}}");

        act.Should().Throw<TranscriptFormatException>().WithMessage("t.json(1,1): expected a Deepgram transcript with a `results.utterances` array, found no `results`");
    }

    [Fact]
    public void A_time_given_as_a_string_is_reported_at_the_value()
    {
        var act = () => ReadText("{\"results\": {\"utterances\": [\n{\"start\": 0.5, \"end\": \"1.5\", \"speaker\": 0, \"transcript\": \"Hello.\"}]}}");

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 2 && e.Column == 23)
            .WithMessage("*expected `end` to be a time in seconds (a number not below 0), found a string (\"1.5\")");
    }

    [Fact]
    public void A_negative_time_is_reported_at_the_value()
    {
        var act = () => ReadText("{\"results\": {\"utterances\": [{\"start\": -0.5, \"end\": 1, \"speaker\": 0, \"transcript\": \"Hello.\"}]}}");

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 1 && e.Column == 39)
            .WithMessage("*expected `start` to be a time in seconds (a number not below 0), found a number (-0.5)");
    }

    [Fact]
    public void Malformed_JSON_is_reported_at_its_line_and_column()
    {
        var act = () => ReadText("{\"results\": {\"utterances\": [\n  {\"start\": 0.5,, \"end\": 1}\n]}}");

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 2 && e.Column == 17)
            .WithMessage("t.json(2,17): the JSON is not well formed*");
    }

    [Fact]
    public void An_utterance_with_empty_text_is_skipped_with_TS0007()
    {
        var transcript = ReadText("""
            {"results": {"utterances": [
              {"start": 0.5, "end": 1.5, "speaker": 0, "transcript": "Hello."},
              {"start": 1.6, "end": 2.0, "speaker": 1, "transcript": ""}
            ]}}
            """);

        transcript.Turns.Should().ContainSingle();
        transcript.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Id == DiagnosticIds.EmptyCue && d.Location!.Line == 3 && d.Location.Column == 3);
    }
}
