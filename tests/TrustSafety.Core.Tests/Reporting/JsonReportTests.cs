using System.Text.Json;
using NJsonSchema;
using TrustSafety.Analysis;
using TrustSafety.Markers;
using TrustSafety.Reading;
using TrustSafety.Reporting.Json;
using TrustSafety.Text;

namespace TrustSafety.Core.Tests.Reporting;

public class JsonReportTests
{
    private static readonly MarkerDescriptor Alpha = TestDetector.Descriptor("TEST0001", Polarity.Evidence, "4.4");
    private static readonly MarkerDescriptor Session = TestDetector.Descriptor("TEST0002", Polarity.RedFlag);

    private static async Task<AnalysisResult> AnalyseSample()
    {
        var related = new TestDetector(Alpha, Session)
        {
            OnExchange = c => c.Report(Marker.Create(
                Alpha,
                MarkerLocation.InTurn(c.Exchange.CoachTurn, c.CoachText.Tokens[0].Span),
                0.75,
                [MarkerLocation.InTurn(c.Exchange.ClientTurn, new TextSpan(0, 3))],
                new Dictionary<string, string> { ["kind"] = "test" },
                "x")),
            OnTranscript = c => c.Report(Marker.Create(Session, MarkerLocation.Session, 0.6, messageArguments: "the session")),
        };
        var transcript = TranscriptLoader.Default.LoadFile(SampleTranscripts.SamplePath);
        return await new TranscriptAnalyzer([related]).AnalyzeAsync(transcript, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_JSON_of_the_sample_session_validates_against_the_documented_schema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "report.schema.json"), TestContext.Current.CancellationToken);
        var json = JsonReport.ToJson(await AnalyseSample());

        var errors = schema.Validate(json);

        errors.Should().BeEmpty(SchemaErrors.Describe(errors));
    }

    [Fact]
    public async Task The_JSON_carries_quotes_times_related_locations_and_camel_case_enums()
    {
        using var document = JsonDocument.Parse(JsonReport.ToJson(await AnalyseSample()));
        var root = document.RootElement;

        root.GetProperty("schemaVersion").GetString().Should().Be("1.0");
        root.GetProperty("catalogVersion").GetString().Should().Be("icf-2019/pcc-2020");
        root.GetProperty("transcript").GetProperty("roleAssignment").GetString().Should().Be("named");
        var markers = root.GetProperty("markers").EnumerateArray().ToList();
        markers[0].GetProperty("turnIndex").ValueKind.Should().Be(JsonValueKind.Null, "session-level markers come first");
        markers[0].GetProperty("polarity").GetString().Should().Be("redFlag");
        var first = markers[1];
        first.GetProperty("severity").GetString().Should().Be("info");
        first.GetProperty("start").GetDouble().Should().BeGreaterThan(0);
        first.GetProperty("quote").GetString().Should().NotBeNullOrEmpty();
        first.GetProperty("related")[0].GetProperty("quote").GetString().Should().HaveLength(3);
        first.GetProperty("properties").GetProperty("kind").GetString().Should().Be("test");
        root.GetProperty("figures").GetProperty("coachWordShare").GetDouble().Should().BeInRange(0.05, 0.5);
    }

    [Fact]
    public async Task The_same_result_serialises_to_the_same_text()
    {
        JsonReport.ToJson(await AnalyseSample()).Should().Be(JsonReport.ToJson(await AnalyseSample()));
    }
}
