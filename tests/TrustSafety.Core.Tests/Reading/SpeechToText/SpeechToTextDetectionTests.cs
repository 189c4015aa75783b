using TrustSafety.Reading;
using static TrustSafety.Core.Tests.Reading.SpeechToText.SpeechToTextFixtures;

namespace TrustSafety.Core.Tests.Reading.SpeechToText;

public class SpeechToTextDetectionTests
{
    public static TheoryData<string, string> Fixtures => new()
    {
        { "assemblyai.json", "assemblyai" },
        { "deepgram.json", "deepgram" },
        { "whisperx.json", "whisperx" },
        { "openai.json", "openai" },
        { "aws-transcribe.json", "aws-transcribe" },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void The_loader_detects_each_flavour_from_its_content_alone(string fixture, string format)
    {
        var loader = new TranscriptLoader(AllReaders);
        using var stream = File.OpenRead(Path(fixture));

        var transcript = loader.Load(stream, "upload", cancellationToken: TestContext.Current.CancellationToken);

        transcript.Source.Format.Should().Be(format);
        transcript.Turns.Should().HaveCountGreaterThan(4);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_head_cut_short_still_picks_the_right_flavour_or_none(string fixture, string format)
    {
        var text = FixtureText(fixture);

        foreach (var length in new[] { 200, 400, 800, 1600 })
        {
            var scores = Scores(text[..Math.Min(length, text.Length)]);
            if (scores[0].Score > 0 && scores[0].Format != "plain")
            {
                scores[0].Format.Should().Be(format, $"the first {length} characters should not look like another flavour");
            }
        }
    }

    [Fact]
    public void The_projects_own_format_is_left_to_the_JSON_reader()
    {
        var scores = Scores("""
            { "format": "trustsafety-transcript", "speakers": [{ "id": "A", "name": "Dana" }],
              "utterances": [{ "speaker": "A", "text": "Hello", "start": 0.5, "end": 1.0, "words": [], "confidence": 1 }] }
            """);

        scores[0].Should().Be(("json", 95));
        scores.Where(s => s.Format != "json").Should().OnlyContain(s => s.Score == 0);
    }

    [Fact]
    public void The_projects_format_without_its_marker_is_not_taken_for_AssemblyAI()
    {
        var scores = Scores("""{"speakers": [{"id": "A"}], "utterances": [{"speaker": "A", "text": "Hello", "start": 0.5}]}""");

        scores[0].Should().Be(("json", 40));
    }

    [Fact]
    public void AssemblyAI_settings_with_speaker_labels_true_are_not_taken_for_AWS()
    {
        var scores = Scores("""{"id": "x", "status": "completed", "audio_url": "https://example.com/a.mp3", "speaker_labels": true, "utterances": null}""");

        scores[0].Should().Be(("assemblyai", 80));
        scores.Single(s => s.Format == "aws-transcribe").Score.Should().Be(0);
    }

    [Fact]
    public void An_AssemblyAI_head_with_only_the_word_list_is_recognised_by_its_audio_url()
    {
        var words = string.Join(",\n", Enumerable.Range(0, 200).Select(i => $$"""    {"text": "word", "start": {{i * 300}}, "end": {{(i * 300) + 250}}, "confidence": 0.9, "speaker": "A"}"""));
        var head = "{\n  \"id\": \"x\",\n  \"status\": \"completed\",\n  \"audio_url\": \"https://example.com/a.mp3\",\n  \"words\": [\n" + words;

        Scores(head)[0].Should().Be(("assemblyai", 80));
    }

    [Fact]
    public void Whisper_output_without_diarization_is_a_weak_WhisperX_match()
    {
        var scores = Scores("""{"task": "transcribe", "language": "en", "duration": 1.0, "text": "Hello.", "segments": [{"id": 0, "seek": 0, "start": 0.0, "end": 1.0, "text": " Hello.", "tokens": [1, 2]}]}""");

        scores[0].Should().Be(("whisperx", 30));
        scores.Single(s => s.Format == "openai").Score.Should().Be(0);
    }

    [Fact]
    public void An_OpenAI_head_filled_by_the_whole_text_is_a_fair_OpenAI_match()
    {
        var text = string.Join(' ', Enumerable.Repeat("We talked about what matters most this week.", 300));

        var scores = Scores($$"""{"task": "transcribe", "duration": 3600.5, "text": "{{text}}", "segments": [{"type": "transcript.text.segment", "id": "seg_0"}]}""");

        scores[0].Should().Be(("openai", 60));
    }

    [Fact]
    public void Text_that_is_not_a_JSON_object_is_not_claimed()
    {
        foreach (var reader in SpeechToTextReaders)
        {
            reader.Detect("Dana: \"utterances\" and \"segments\" are words.\nSam: \"results\" too.").Should().Be(0);
            reader.Detect("[{\"speaker\": \"A\", \"utterances\": []}]").Should().Be(0);
            reader.Detect(string.Empty).Should().Be(0);
        }
    }

    [Fact]
    public void Every_reader_has_its_format_name_and_the_json_extension()
    {
        SpeechToTextReaders.Select(r => r.FormatName).Should().Equal("assemblyai", "deepgram", "whisperx", "openai", "aws-transcribe");
        SpeechToTextReaders.Should().OnlyContain(r => r.FileExtensions.SequenceEqual(new[] { ".json" }));
    }
}
