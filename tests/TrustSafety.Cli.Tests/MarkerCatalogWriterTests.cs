using System.Globalization;
using System.Text.Json;
using TrustSafety.Markers;

namespace TrustSafety.Cli.Tests;

public sealed class MarkerCatalogWriterTests
{
    private static readonly MarkerDescriptor OffByDefault = new(
        "ACME0101", "Off by default", "Found.", Polarity.Evidence, behaviours: ["4.4", "4.5"], pccMarkers: ["4.2"], isEnabledByDefault: false);

    [Fact]
    public void The_table_aligns_columns_and_marks_markers_that_are_off_by_default()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };

        MarkerCatalogWriter.WriteText([OffByDefault, .. BuiltInMarkers.Descriptors], writer);

        var lines = writer.ToString().Split('\n');
        lines.Should().Contain(l => l.StartsWith("ACME0101  evidence  info (off)  4.4,4.5", StringComparison.Ordinal));
        var header = lines.Single(l => l.StartsWith("ID ", StringComparison.Ordinal));
        var stacking = lines.Single(l => l.StartsWith("TS4003", StringComparison.Ordinal));
        stacking.IndexOf("Question stacking", StringComparison.Ordinal).Should().Be(header.IndexOf("Title", StringComparison.Ordinal));
    }

    [Fact]
    public void The_json_lists_codes_and_a_null_help_link_when_there_is_none()
    {
        using var json = JsonDocument.Parse(MarkerCatalogWriter.ToJson([OffByDefault]));

        var marker = json.RootElement.GetProperty("markers")[0];
        marker.GetProperty("enabledByDefault").GetBoolean().Should().BeFalse();
        marker.GetProperty("behaviours").EnumerateArray().Select(b => b.GetString()).Should().Equal("4.4", "4.5");
        marker.GetProperty("pccMarkers").EnumerateArray().Select(b => b.GetString()).Should().Equal("4.2");
        marker.GetProperty("helpLink").ValueKind.Should().Be(JsonValueKind.Null);
        json.RootElement.GetProperty("catalogVersion").GetString().Should().Be(Competency.CatalogVersion);
    }
}
