using TrustSafety.Reading;
using TrustSafety.Reading.Json;
using TrustSafety.Transcripts;

namespace TrustSafety.Core.Tests.Reading;

public class JsonTranscriptWriterTests
{
    [Theory]
    [InlineData("zoom.vtt")]
    [InlineData("teams.vtt")]
    [InlineData("crlf-bom.srt")]
    [InlineData("otter.txt")]
    public void A_transcript_survives_a_round_trip_through_the_project_JSON(string fixture)
    {
        var original = Fixture.Load(fixture);

        var json = JsonTranscriptWriter.ToJson(original);
        var copy = TranscriptLoader.Default.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "copy.json");

        copy.Source.Format.Should().Be("json");
        copy.RoleAssignment.Should().Be(RoleAssignmentMode.Named, "roles are written into the file");
        copy.Speakers.Should().Equal(original.Speakers);
        copy.Turns.Select(Describe).Should().Equal(original.Turns.Select(Describe));
    }

    [Fact]
    public void Metadata_quotes_and_dashes_survive_a_round_trip()
    {
        var original = new TranscriptBuilder().SetMetadata("title", "Session 4").AddUtterance("Coach", "Hi \"there\" — you?", TimeSpan.FromSeconds(1.25), null).Build();

        var copy = new JsonTranscriptReader().Read(new StringReader(JsonTranscriptWriter.ToJson(original)), "copy.json");

        copy.Metadata.Should().Contain("title", "Session 4");
        copy.Turns.Single().Text.Should().Be("Hi \"there\" — you?");
        copy.Turns.Single().Start.Should().Be(TimeSpan.FromSeconds(1.25));
    }

    private static string Describe(Turn turn) =>
        $"{turn.Index}|{turn.Speaker.Id}|{turn.Role}|{turn.Text}|{turn.Start}|{turn.End}|{string.Join(",", turn.Utterances.Select(u => $"{u.Id}:{u.Start}-{u.End}"))}";
}
