using TrustSafety.Diagnostics;
using TrustSafety.Reading.SpeechToText;
using TrustSafety.Transcripts;
using static TrustSafety.Core.Tests.Reading.SpeechToText.SpeechToTextFixtures;

namespace TrustSafety.Core.Tests.Reading.SpeechToText;

public class AwsTranscribeTranscriptReaderTests
{
    private const string Fixture = "aws-transcribe.json";

    private static Transcript ReadFixture() => Read(new AwsTranscribeTranscriptReader(), Fixture);

    private static Transcript ReadText(string json) => ReadJson(new AwsTranscribeTranscriptReader(), json);

    /// <summary>A small job result: two speaker segments, and the items given.</summary>
    private static string Job(string items, string segments = """
        {"start_time": "0.0", "end_time": "1.0", "speaker_label": "spk_0"},
        {"start_time": "1.2", "end_time": "2.0", "speaker_label": "spk_1"}
        """) => $$$"""
        {"jobName": "t", "results": {
        "speaker_labels": {"speakers": 2, "segments": [
        {{{segments}}}
        ]},
        "items": [
        {{{items}}}
        ]}}
        """;

    [Fact]
    public void One_utterance_per_speaker_segment_with_the_turns_speakers_and_times_of_the_file()
    {
        var transcript = ReadFixture();

        transcript.Source.Format.Should().Be("aws-transcribe");
        transcript.Speakers.Select(s => (s.Id, s.Name, s.Role)).Should().Equal(("spk_0", "spk_0", SpeakerRole.Unknown), ("spk_1", "spk_1", SpeakerRole.Unknown));
        Listing(transcript).Should().Equal(
            ("spk_0", "Before we begin, how are you arriving today?", Ms(0), Ms(4200)),
            ("spk_1", "A bit scattered, to be honest. The school run was chaos.", Ms(4500), Ms(11600)),
            ("spk_0", "Take a breath with me. What would help you settle?", Ms(11400), Ms(14900)),
            ("spk_1", "Knowing we have the full hour helps.", Ms(15200), Ms(19000)),
            ("spk_0", "Good. What would you like to leave with?", Ms(19300), Ms(23000)),
            ("spk_1", "A plan for the talk with my sister.", Ms(23400), Ms(27500)));
    }

    [Fact]
    public void Consecutive_segments_of_one_speaker_merge_into_one_turn()
    {
        var turn = ReadFixture().Turns[1];

        turn.Utterances.Select(u => (u.Text, u.Start, u.End)).Should().Equal(
            ("A bit scattered, to be honest.", Ms(4500), Ms(8100)),
            ("The school run was chaos.", Ms(8300), Ms(11600)));
    }

    [Fact]
    public void A_word_in_overlapping_segments_goes_to_the_segment_that_lists_it()
    {
        var transcript = ReadFixture();

        // "Take" starts at 11.4 s, inside spk_1's segment (8.3-11.6) too, but spk_0's segment lists it.
        transcript.Turns[2].Text.Should().StartWith("Take ");
        transcript.Turns[2].Start.Should().BeLessThan(transcript.Turns[1].End!.Value);
        transcript.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void The_fixture_is_detected_as_aws_transcribe_ahead_of_every_other_format()
    {
        var scores = Scores(FixtureText(Fixture));

        scores[0].Should().Be(("aws-transcribe", 85));
        scores[1].Score.Should().BeLessThan(85);
    }

    [Fact]
    public void Every_word_and_punctuation_mark_maps_back_to_its_content_string()
    {
        var file = FixtureText(Fixture);
        var transcript = ReadFixture();
        var turn = transcript.Turns[1];

        EveryCharacterMapsBack(transcript, file);
        var chaos = turn.MapToSource(turn.Text.IndexOf("chaos", StringComparison.Ordinal))!.Value;
        (chaos.Line, chaos.Column).Should().Be(Locate(file, "\"content\": \"chaos\"", "chaos"));
        turn.Utterances[0].SourceMap.Should().HaveCount(8, "six words and two punctuation marks");
    }

    [Fact]
    public void A_malformed_time_string_is_reported_at_its_position()
    {
        var json = Job("""
            {"start_time": "0.1", "end_time": "0.5", "alternatives": [{"content": "Hello"}], "type": "pronunciation"},
            {"start_time": "1,3", "end_time": "1.8", "alternatives": [{"content": "Hi"}], "type": "pronunciation"}
            """);

        var (line, column) = Locate(json, "\"1,3\"");

        var act = () => ReadText(json);

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == line && e.Column == column)
            .WithMessage("*expected `start_time` to be a time in seconds as a string of digits such as \"12.345\", found a string (\"1,3\")");
    }

    [Fact]
    public void A_negative_time_string_is_an_error()
    {
        var act = () => ReadText(Job("""{"start_time": "-0.1", "end_time": "0.5", "alternatives": [{"content": "Hello"}], "type": "pronunciation"}"""));

        act.Should().Throw<TranscriptFormatException>().WithMessage("*expected `start_time` to be a time in seconds as a string of digits*found a string (\"-0.1\")");
    }

    [Fact]
    public void A_pronunciation_without_a_start_time_is_reported_at_the_item()
    {
        var json = Job("""{"end_time": "0.5", "alternatives": [{"content": "Hello"}], "type": "pronunciation"}""");

        var (line, column) = Locate(json, "{\"end_time\"", "{");

        var act = () => ReadText(json);

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == line && e.Column == column)
            .WithMessage("*expected `start_time` (a time in seconds as a string of digits such as \"12.345\") in the pronunciation item, found no `start_time`");
    }

    [Fact]
    public void An_unknown_item_type_is_reported_at_the_value()
    {
        var json = Job("""{"start_time": "0.1", "end_time": "0.5", "alternatives": [{"content": "Hello"}], "type": "word"}""");

        var (line, column) = Locate(json, "\"word\"");

        var act = () => ReadText(json);

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == line && e.Column == column)
            .WithMessage("*expected `type` to be \"pronunciation\" or \"punctuation\", found a string (\"word\")");
    }

    [Fact]
    public void An_item_without_alternatives_is_reported_at_the_empty_array()
    {
        var json = Job("""{"start_time": "0.1", "end_time": "0.5", "alternatives": [], "type": "pronunciation"}""");

        var (line, column) = Locate(json, "[]");

        var act = () => ReadText(json);

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == line && e.Column == column)
            .WithMessage("*expected `alternatives` to hold at least one {\"content\"} object, found an empty array");
    }

    [Fact]
    public void Results_without_speaker_labels_are_refused_with_a_hint()
    {
        var act = () => ReadText("""{"jobName": "t", "results": {"transcripts": [], "items": []}}""");

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 1 && e.Column == 29)
            .WithMessage("*expected an AWS Transcribe transcript with `results.speaker_labels.segments` and `results.items` arrays, found no `results.speaker_labels` (start the job with ShowSpeakerLabels)");
    }

    [Fact]
    public void Items_that_are_not_an_array_are_reported_at_their_position()
    {
        var act = () => ReadText("""{"results": {"speaker_labels": {"segments": []}, "items": 3}}""");

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 1 && e.Column == 59)
            .WithMessage("*expected `results.items` to be an array, found a number (3)");
    }

    [Fact]
    public void Malformed_JSON_is_reported_at_its_line_and_column()
    {
        var act = () => ReadText("{\"results\": {\n  \"items\": [\n    {\"type\": \"pronunciation\"\n  ]}}");

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 4 && e.Column == 3)
            .WithMessage("t.json(4,3): the JSON is not well formed*");
    }

    [Fact]
    public void A_segment_without_words_is_skipped_with_TS0007_at_the_segment()
    {
        var json = Job("""
            {"start_time": "0.1", "end_time": "0.5", "alternatives": [{"content": "Hello"}], "type": "pronunciation"},
            {"alternatives": [{"content": "."}], "type": "punctuation"}
            """);

        var transcript = ReadText(json);

        transcript.Turns.Select(t => (t.Speaker.Id, t.Text)).Should().Equal(("spk_0", "Hello."));
        var (line, column) = Locate(json, "{\"start_time\": \"1.2\"", "{");
        transcript.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Id == DiagnosticIds.EmptyCue && d.Location!.Line == line && d.Location.Column == column);
    }

    [Fact]
    public void Words_outside_every_segment_go_to_Unknown_in_time_order_with_TS0008()
    {
        var json = Job("""
            {"start_time": "0.1", "end_time": "0.5", "alternatives": [{"content": "Hello"}], "type": "pronunciation"},
            {"alternatives": [{"content": "."}], "type": "punctuation"},
            {"start_time": "1.05", "end_time": "1.1", "alternatives": [{"content": "Um"}], "type": "pronunciation"},
            {"start_time": "1.3", "end_time": "1.6", "alternatives": [{"content": "Hi"}], "type": "pronunciation"},
            {"start_time": "2.5", "end_time": "2.9", "alternatives": [{"content": "bye"}], "type": "pronunciation"}
            """);

        var transcript = ReadText(json);

        Listing(transcript).Should().Equal(
            ("spk_0", "Hello.", Ms(0), Ms(1000)),
            ("Unknown", "Um", Ms(1050), Ms(1100)),
            ("spk_1", "Hi", Ms(1200), Ms(2000)),
            ("Unknown", "bye", Ms(2500), Ms(2900)));
        var (line, column) = Locate(json, "{\"start_time\": \"1.05\"", "{");
        transcript.Diagnostics.Should().HaveCount(2).And.AllSatisfy(d => d.Id.Should().Be(DiagnosticIds.UnknownSpeaker));
        transcript.Diagnostics[0].Location.Should().Be(new DiagnosticLocation(line, column, 1));
    }

    [Fact]
    public void Punctuation_attaches_to_the_word_before_it_without_a_space()
    {
        var transcript = ReadText(Job("""
            {"start_time": "0.1", "end_time": "0.3", "alternatives": [{"content": "Well"}], "type": "pronunciation"},
            {"alternatives": [{"content": ","}], "type": "punctuation"},
            {"start_time": "0.4", "end_time": "0.6", "alternatives": [{"content": "yes"}], "type": "pronunciation"},
            {"alternatives": [{"content": "?"}], "type": "punctuation"},
            {"start_time": "1.3", "end_time": "1.6", "alternatives": [{"content": "Sure"}], "type": "pronunciation"},
            {"alternatives": [{"content": "."}], "type": "punctuation"}
            """));

        transcript.Turns.Select(t => t.Text).Should().Equal("Well, yes?", "Sure.");
    }

    [Fact]
    public void Punctuation_before_the_first_word_opens_that_word_without_a_space()
    {
        var transcript = ReadText(Job("""
            {"alternatives": [{"content": "¿"}], "type": "punctuation"},
            {"start_time": "0.1", "end_time": "0.3", "alternatives": [{"content": "Listo"}], "type": "pronunciation"},
            {"alternatives": [{"content": "?"}], "type": "punctuation"},
            {"start_time": "1.3", "end_time": "1.6", "alternatives": [{"content": "Sí"}], "type": "pronunciation"}
            """));

        transcript.Turns.Select(t => t.Text).Should().Equal("¿Listo?", "Sí");
    }
}
