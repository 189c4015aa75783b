using System.Reflection;
using System.Text.Json;
using NJsonSchema;
using TrustSafety.Analysis;
using TrustSafety.Markers;
using TrustSafety.Reading;
using TrustSafety.Reporting.Sarif;
using TrustSafety.Text;

namespace TrustSafety.Core.Tests.Reporting;

public class SarifReportTests
{
    private static readonly MarkerDescriptor Alpha = new("TEST0001", "Test evidence", "Found {0}.", Polarity.Evidence, ["4.4"], ["4.2"], helpLink: "https://example.org/test0001");
    private static readonly MarkerDescriptor Session = new("TEST0002", "Test session flag", "Session.", Polarity.RedFlag);

    private static string SchemaPath
    {
        get
        {
            var root = typeof(SarifReportTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
            return Path.GetFullPath(Path.Combine(root, "..", "shared", "schemas", "sarif-schema-2.1.0.json"));
        }
    }

    private static async Task<AnalysisResult> Analyse(string fixture)
    {
        var detector = new TestDetector(Alpha, Session)
        {
            OnExchange = c => c.Report(Marker.Create(
                Alpha,
                MarkerLocation.InTurn(c.Exchange.CoachTurn, c.CoachText.Sentences[0].Span),
                0.75,
                [MarkerLocation.InTurn(c.Exchange.ClientTurn, new TextSpan(0, 4))],
                messageArguments: "it")),
            OnTranscript = c => c.Report(Marker.Create(Session, MarkerLocation.Session, 0.6)),
        };
        return await new TranscriptAnalyzer([detector]).AnalyzeAsync(TranscriptLoader.Default.LoadFile(fixture), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_SARIF_log_validates_against_the_official_schema()
    {
        File.Exists(SchemaPath).Should().BeTrue($"the SARIF schema must be at {SchemaPath} (shared/schemas beside the repository)");
        var schema = await JsonSchema.FromFileAsync(SchemaPath, TestContext.Current.CancellationToken);

        var errors = schema.Validate(SarifReport.ToJson(await Analyse(SampleTranscripts.SamplePath)));

        errors.Should().BeEmpty(SchemaErrors.Describe(errors));
    }

    [Fact]
    public async Task A_result_points_into_the_original_file_with_line_column_offset_snippet_and_times()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Reading", "Fixtures", "zoom.vtt");
        using var sarif = JsonDocument.Parse(SarifReport.ToJson(await Analyse(path)));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var result = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "TEST0001");

        result.GetProperty("level").GetString().Should().Be("note");
        var location = result.GetProperty("locations")[0];
        var region = location.GetProperty("physicalLocation").GetProperty("region");
        region.GetProperty("startLine").GetInt32().Should().Be(19, "turn 2 starts on line 19 of zoom.vtt");
        region.GetProperty("startColumn").GetInt32().Should().Be(11);
        region.GetProperty("snippet").GetProperty("text").GetString().Should().Be("Back and forth & all week.");
        region.GetProperty("properties").GetProperty("start").GetDouble().Should().Be(14.9);
        var source = File.ReadAllText(path);
        var charOffset = region.GetProperty("charOffset").GetInt32();
        source.Substring(charOffset, region.GetProperty("charLength").GetInt32()).Should().Be("Back and forth &amp; all week.");
        location.GetProperty("logicalLocations")[0].GetProperty("name").GetString().Should().Be("turn[2]");
        result.GetProperty("relatedLocations")[0].GetProperty("message").GetProperty("text").GetString().Should().Be("The ");
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Should().Contain(r => r.GetProperty("helpUri").GetString() == "https://example.org/test0001");
    }

    [Fact]
    public async Task Session_level_markers_have_a_session_logical_location_and_warnings_stay_warnings()
    {
        using var sarif = JsonDocument.Parse(SarifReport.ToJson(await Analyse(SampleTranscripts.SamplePath)));
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "TEST0002");

        result.GetProperty("level").GetString().Should().Be("warning");
        result.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("kind").GetString().Should().Be("session");
    }
}
