using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using TrustSafety.Analysis;

namespace TrustSafety.Markers.Tests;

public class BuiltInMarkersConventionTests
{
    private static readonly string Docs = Path.Combine(AppContext.BaseDirectory, "Docs");

    public static TheoryData<string> Ids() => [.. BuiltInMarkers.Descriptors.Select(d => d.Id)];

    [Fact]
    public void Every_built_in_descriptor_is_a_static_readonly_field_of_its_detector_and_in_the_catalogue()
    {
        var fields = typeof(BuiltInMarkers).Assembly.GetTypes()
            .Where(t => typeof(IMarkerDetector).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(MarkerDescriptor)))
            .ToList();

        fields.Should().OnlyContain(f => f.IsInitOnly);
        fields.Select(f => ((MarkerDescriptor)f.GetValue(null)!).Id).Should().BeEquivalentTo(BuiltInMarkers.Descriptors.Select(d => d.Id));
    }

    [Fact]
    public void Built_in_IDs_are_unique_well_formed_and_in_the_TS4xxx_range()
    {
        var ids = BuiltInMarkers.Descriptors.Select(d => d.Id).ToList();

        ids.Should().OnlyHaveUniqueItems();
        ids.Should().OnlyContain(id => Regex.IsMatch(id, "^TS4[0-9]{3}$"));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_built_in_marker_has_a_title_description_tags_and_a_help_link_whose_anchor_exists(string id)
    {
        var descriptor = BuiltInMarkers.Descriptors.Single(d => d.Id == id);
        var markersDoc = File.ReadAllText(Path.Combine(Docs, "markers.md"));

        descriptor.Title.Should().NotBeNullOrWhiteSpace();
        descriptor.Description.Should().NotBeNullOrWhiteSpace();
        descriptor.Tags.Should().NotBeEmpty();
        descriptor.HelpLink.Should().Be($"{BuiltInMarkers.DocumentationUrl}#{id.ToLowerInvariant()}");
        markersDoc.Should().MatchRegex($"(?m)^## {id}\\s*$", "the help link's anchor is the section heading");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_built_in_marker_has_a_ledger_row_matching_its_descriptor(string id)
    {
        var descriptor = BuiltInMarkers.Descriptors.Single(d => d.Id == id);
        var ledger = File.ReadAllLines(Path.Combine(Docs, "marker-ledger.md"));

        var row = ledger.FirstOrDefault(l => l.TrimStart('|', ' ').StartsWith(id + " ", StringComparison.Ordinal) && l.Count(c => c == '|') >= 6);
        row.Should().NotBeNull($"docs/marker-ledger.md needs a row for {id}");
        var cells = row!.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        cells[1].Should().Be(descriptor.Title);
        cells[2].Replace(" ", string.Empty, StringComparison.Ordinal).Should().BeEquivalentTo(descriptor.Polarity.ToString());
        cells[3].Should().BeEquivalentTo(descriptor.DefaultSeverity.ToString());
    }

    [Fact]
    public void AddBuiltInMarkers_registers_every_built_in_detector_once()
    {
        using var provider = new ServiceCollection()
            .AddTrustSafety(b => b.AddBuiltInMarkers().AddBuiltInMarkers())
            .BuildServiceProvider();

        provider.GetRequiredService<TranscriptAnalyzer>().Markers.Select(d => d.Id).Should().Equal(BuiltInMarkers.Descriptors.Select(d => d.Id));
    }
}
