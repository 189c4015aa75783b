using TrustSafety.Diagnostics;
using TrustSafety.Reading.SpeechToText;
using TrustSafety.Transcripts;
using static TrustSafety.Core.Tests.Reading.SpeechToText.SpeechToTextFixtures;

namespace TrustSafety.Core.Tests.Reading.SpeechToText;

public class AssemblyAiTranscriptReaderTests
{
    private const string Fixture = "assemblyai.json";

    private static Transcript ReadFixture() => Read(new AssemblyAiTranscriptReader(), Fixture);

    private static Transcript ReadText(string json) => ReadJson(new AssemblyAiTranscriptReader(), json);

    [Fact]
    public void The_turns_speakers_and_times_are_those_of_the_file()
    {
        var transcript = ReadFixture();

        transcript.Source.Format.Should().Be("assemblyai");
        transcript.Speakers.Select(s => (s.Id, s.Name, s.Role)).Should().Equal(("A", "A", SpeakerRole.Unknown), ("B", "B", SpeakerRole.Unknown));
        Listing(transcript).Should().Equal(
            ("A", "Thanks for making time today. What would you like to focus on?", Ms(240), Ms(4200)),
            ("B", "I want to talk about the conversation I keep putting off with my manager.", Ms(4500), Ms(9800)),
            ("A", "What makes it feel hard to start?", Ms(9600), Ms(12100)),
            ("B", "I worry she will think I am not coping. And honestly, I\u2019m not sure I am.", Ms(12300), Ms(19800)),
            ("A", "That sounds like a lot to carry. What would coping look like for you?", Ms(19500), Ms(23400)),
            ("B", "Probably asking for help before it gets this heavy.", Ms(23800), Ms(28000)),
            ("A", "What\u2019s one small step you could take this week?", Ms(28100), Ms(31000)));
    }

    [Fact]
    public void Consecutive_utterances_of_one_speaker_merge_into_one_turn_that_keeps_their_times()
    {
        var turn = ReadFixture().Turns[3];

        turn.Utterances.Select(u => (u.Text, u.Start, u.End)).Should().Equal(
            ("I worry she will think I am not coping.", Ms(12300), Ms(15000)),
            ("And honestly, I\u2019m not sure I am.", Ms(15200), Ms(19800)));
    }

    [Fact]
    public void Overlap_between_different_speakers_is_kept_without_a_diagnostic()
    {
        var transcript = ReadFixture();

        transcript.Turns[2].Start.Should().BeLessThan(transcript.Turns[1].End!.Value);
        transcript.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void The_fixture_is_detected_as_assemblyai_ahead_of_every_other_format()
    {
        var scores = Scores(FixtureText(Fixture));

        scores[0].Should().Be(("assemblyai", 80));
        scores[1].Score.Should().BeLessThan(80);
    }

    [Fact]
    public void A_character_of_a_turn_maps_to_its_line_and_column_in_the_file()
    {
        var turn = ReadFixture().Turns[2];
        var (line, column) = Locate(FixtureText(Fixture), "\"text\": \"What makes it feel hard to start?\"", "hard");

        var position = turn.MapToSource(turn.Text.IndexOf("hard", StringComparison.Ordinal))!.Value;

        (position.Line, position.Column).Should().Be((line, column));
    }

    [Fact]
    public void A_character_after_an_escape_sequence_maps_to_its_own_column()
    {
        var turn = ReadFixture().Turns[3];
        var text = FixtureText(Fixture);

        var afterEscape = turn.MapToSource(turn.Text.IndexOf("not sure", StringComparison.Ordinal))!.Value;
        var escape = turn.MapToSource(turn.Text.IndexOf('\u2019', StringComparison.Ordinal))!.Value;

        (afterEscape.Line, afterEscape.Column).Should().Be(Locate(text, "\"text\": \"And honestly, I\\u2019m not sure I am.\"", "not sure"));
        (escape.Line, escape.Column).Should().Be(Locate(text, "\"text\": \"And honestly, I\\u2019m not sure I am.\"", "\\u2019"));
    }

    [Fact]
    public void Utterances_that_are_a_string_are_reported_at_their_position()
    {
        var act = () => ReadText("{\n  \"utterances\": \"none\"\n}");

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 2 && e.Column == 17)
            .WithMessage("t.json(2,17): expected `utterances` to be an array, found a string (\"none\")");
    }

    [Fact]
    public void Null_utterances_are_refused_with_a_hint_about_speaker_labels()
    {
        var act = () => ReadText("{\"status\": \"completed\", \"utterances\": null}");

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 1 && e.Column == 39)
            .WithMessage("*expected an AssemblyAI transcript with an `utterances` array, found `utterances` null (ask AssemblyAI for speaker_labels*");
    }

    [Fact]
    public void A_document_without_utterances_is_refused_saying_what_was_expected()
    {
        var act = () => ReadText("{\"text\": \"Hello\"}");

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 1 && e.Column == 1)
            .WithMessage("*expected an AssemblyAI transcript with an `utterances` array, found no `utterances`*");
    }

    [Fact]
    public void A_root_that_is_not_an_object_is_refused()
    {
        var act = () => ReadText("[1, 2]");

        act.Should().Throw<TranscriptFormatException>().WithMessage("t.json(1,1): expected an AssemblyAI transcript with an `utterances` array, found an array");
    }

    [Fact]
    public void A_missing_text_is_reported_at_the_utterance()
    {
        var act = () => ReadText("{\"utterances\": [\n  {\"speaker\": \"A\", \"start\": 0, \"end\": 900}\n]}");

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 2 && e.Column == 3)
            .WithMessage("*expected `text` (a string) in the utterance, found no `text`");
    }

    [Fact]
    public void A_time_given_as_a_string_is_reported_at_the_value()
    {
        var act = () => ReadText("{\"utterances\": [\n  {\"speaker\": \"A\", \"start\": \"0\", \"end\": 900, \"text\": \"Hi\"}\n]}");

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 2 && e.Column == 29)
            .WithMessage("*expected `start` to be a time in milliseconds (a number not below 0), found a string (\"0\")");
    }

    [Fact]
    public void An_end_before_the_start_is_reported_at_the_end()
    {
        var act = () => ReadText("{\"utterances\": [{\"speaker\": \"A\", \"start\": 900, \"end\": 100, \"text\": \"Hi\"}]}");

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 1 && e.Column == 55)
            .WithMessage("*expected `end` not to be before the start (0.9 s), found 0.1 s");
    }

    [Fact]
    public void Malformed_JSON_is_reported_at_its_line_and_column()
    {
        var act = () => ReadText("{\"utterances\": [\n  {\"speaker\": \"A\" \"start\": 0}\n]}");

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 2 && e.Column == 19)
            .WithMessage("t.json(2,19): the JSON is not well formed*");
    }

    [Fact]
    public void An_utterance_with_empty_text_is_skipped_with_TS0007_at_its_position()
    {
        var transcript = ReadText("""
            {"utterances": [
              {"speaker": "A", "start": 0, "end": 900, "text": "Shall we begin?"},
              {"speaker": "B", "start": 1000, "end": 1500, "text": "   "},
              {"speaker": "B", "start": 1600, "end": 2500, "text": "Yes, please."}
            ]}
            """);

        transcript.Turns.Select(t => t.Text).Should().Equal("Shall we begin?", "Yes, please.");
        transcript.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Id == DiagnosticIds.EmptyCue && d.Location!.Line == 3 && d.Location.Column == 3 && d.Message.Contains("line 3, column 3"));
    }

    [Fact]
    public void A_speaker_that_is_an_object_is_reported_at_the_value()
    {
        var act = () => ReadText("{\"utterances\": [{\"speaker\": {\"name\": \"A\"}, \"start\": 0, \"end\": 1, \"text\": \"Hi\"}]}");

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 1 && e.Column == 29)
            .WithMessage("*expected `speaker` to be a speaker label (a string or an integer), found an object");
    }

    [Fact]
    public void Reading_stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var act = () => new AssemblyAiTranscriptReader().Read(new StringReader(FixtureText(Fixture)), Fixture, cancelled.Token);

        act.Should().Throw<OperationCanceledException>();
    }
}
