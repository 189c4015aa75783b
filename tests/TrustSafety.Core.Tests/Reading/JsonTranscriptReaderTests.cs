using TrustSafety.Reading.Json;
using TrustSafety.Transcripts;

namespace TrustSafety.Core.Tests.Reading;

public class JsonTranscriptReaderTests
{
    private static Transcript Read(string json) => new JsonTranscriptReader().Read(new StringReader(json), "s.json");

    [Fact]
    public void Speakers_roles_times_and_metadata_are_read()
    {
        var transcript = Read("""
            {
              "format": "trustsafety-transcript",
              "metadata": { "title": "Session 3", "number": 3 },
              "speakers": [
                { "id": "c", "name": "Dana Lee", "role": "coach" },
                { "id": "k", "name": "Sam Ortiz", "role": "client" }
              ],
              "utterances": [
                { "speaker": "c", "text": "Where shall we start?", "start": 1.5, "end": 3.25, "id": "u1" },
                { "speaker": "k", "text": "With the move.", "start": 4, "end": null }
              ]
            }
            """);

        transcript.Speakers.Select(s => (s.Id, s.Name, s.Role)).Should().Equal(("c", "Dana Lee", SpeakerRole.Coach), ("k", "Sam Ortiz", SpeakerRole.Client));
        transcript.Turns[0].Start.Should().Be(TimeSpan.FromSeconds(1.5));
        transcript.Turns[0].End.Should().Be(TimeSpan.FromSeconds(3.25));
        transcript.Turns[0].Utterances[0].Id.Should().Be("u1");
        transcript.Turns[1].End.Should().BeNull();
        transcript.Metadata.Should().Contain("title", "Session 3").And.Contain("number", "3");
        transcript.Turns[0].MapToSource(0)!.Value.Line.Should().Be(9);
    }

    [Fact]
    public void A_wrong_type_is_reported_at_its_line_and_column()
    {
        var act = () => Read("{\n  \"utterances\": [\n    { \"speaker\": \"c\", \"text\": \"Hi\", \"start\": \"soon\" }\n  ]\n}");

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 3 && e.Column == 46)
            .WithMessage("*expected a time in seconds*\"soon\"*");
    }

    [Fact]
    public void Malformed_JSON_is_reported_at_its_line()
    {
        var act = () => Read("{\n  \"utterances\": [\n    { \"speaker\": \"c\" \"text\": \"Hi\" }\n  ]\n}");

        act.Should().Throw<TranscriptFormatException>().Where(e => e.Line == 3).WithMessage("s.json(3,*): the JSON is not well formed*");
    }

    [Fact]
    public void An_utterance_of_an_undeclared_speaker_is_an_error()
    {
        var act = () => Read("""{"speakers":[{"id":"c"}],"utterances":[{"speaker":"x","text":"Hi"}]}""");

        act.Should().Throw<TranscriptFormatException>().WithMessage("*speaker \"x\" is not declared*");
    }

    [Fact]
    public void A_document_without_utterances_is_not_a_transcript()
    {
        var act = () => Read("""{"format":"trustsafety-transcript","speakers":[]}""");

        act.Should().Throw<TranscriptFormatException>().WithMessage("*no \"utterances\"*");
    }

    [Fact]
    public void A_missing_text_names_the_utterance_position()
    {
        var act = () => Read("{\"utterances\":[\n{\"speaker\":\"c\"}]}");

        act.Should().Throw<TranscriptFormatException>().Where(e => e.Line == 2 && e.Column == 1).WithMessage("*no \"text\"*");
    }

    [Fact]
    public void Speakers_may_come_after_the_utterances()
    {
        var transcript = Read("""{"utterances":[{"speaker":"c","text":"Hi?"}],"speakers":[{"id":"c","name":"Dana","role":"coach"}]}""");

        transcript.Speakers.Should().ContainSingle().Which.Name.Should().Be("Dana");
    }

    [Fact]
    public void An_utterance_id_that_is_an_object_is_an_error_at_its_position()
    {
        var act = () => Read("{\"utterances\":[\n{\"speaker\":\"c\",\"text\":\"Hi\",\"id\":{\"x\":1}}]}");

        act.Should().Throw<TranscriptFormatException>().Where(e => e.Line == 2 && e.Column == 33).WithMessage("*expected an utterance id*an object*");
    }
}
