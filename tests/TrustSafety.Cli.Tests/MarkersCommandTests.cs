namespace TrustSafety.Cli.Tests;

public sealed class MarkersCommandTests
{
    [Fact]
    public async Task The_catalogue_lists_the_built_in_markers_with_their_help_links()
    {
        var run = await CliRun.RunAsync("markers");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().MatchRegex(@"TS4003\s+red flag\s+warning\s+competency\s+-\s+Question stacking")
            .And.Contain("TS4008")
            .And.Contain("docs/markers.md#ts4003")
            .And.Contain("docs/markers.md#ts4008")
            .And.NotContain("SMPL0001");
    }

    [Fact]
    public async Task The_json_catalogue_has_one_entry_per_marker()
    {
        var run = await CliRun.RunAsync("markers", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = run.Json();
        var markers = json.RootElement.GetProperty("markers").EnumerateArray().ToList();
        markers.Select(m => m.GetProperty("id").GetString()).Should().Equal(TrustSafety.Markers.BuiltInMarkers.Descriptors.Select(d => d.Id));
        var stacking = markers.Single(m => m.GetProperty("id").GetString() == "TS4003");
        stacking.GetProperty("polarity").GetString().Should().Be("redFlag");
        stacking.GetProperty("defaultSeverity").GetString().Should().Be("warning");
        stacking.GetProperty("title").GetString().Should().Be("Question stacking");
        stacking.GetProperty("helpLink").GetString().Should().EndWith("#ts4003");
    }

    [Fact]
    public async Task Detectors_from_an_assembly_join_the_catalogue()
    {
        var run = await CliRun.RunAsync("markers", "--detectors", CliRun.SampleDetectorsAssembly);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().MatchRegex(@"SMPL0001\s+evidence\s+info\s+4\.6\s+4\.4\s+Asks permission")
            .And.Contain("TS4003");
    }
}
