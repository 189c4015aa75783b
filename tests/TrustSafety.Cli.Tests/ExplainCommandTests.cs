using TrustSafety.Markers;

namespace TrustSafety.Cli.Tests;

public class ExplainCommandTests
{
    public static TheoryData<string> Ids() => [.. BuiltInMarkers.Descriptors.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task Every_built_in_marker_has_an_explanation_starting_with_its_heading(string id)
    {
        var run = await CliRun.RunAsync("explain", id.ToLowerInvariant());

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().StartWith($"## {id}\n").And.Contain("**Confidence.**").And.NotContain($"\n## TS");
    }

    [Fact]
    public async Task An_unknown_ID_is_an_error_listing_the_known_markers()
    {
        var run = await CliRun.RunAsync("explain", "TS9999");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("'TS9999' is not a built-in marker").And.Contain("TS4401");
    }
}
