using TrustSafety.Markers;

namespace TrustSafety.Core.Tests.Markers;

public class MarkerDescriptorTests
{
    [Fact]
    public void A_valid_descriptor_keeps_its_values_and_defaults_severity_by_polarity()
    {
        var evidence = new MarkerDescriptor("ACME0101", "Asks permission", "Asked: {0}", Polarity.Evidence, ["4.6"], ["4.4"], tags: ["sample"]);
        var redFlag = new MarkerDescriptor("ACME0102", "Lectures", "Lectured.", Polarity.RedFlag);

        evidence.DefaultSeverity.Should().Be(Severity.Info);
        redFlag.DefaultSeverity.Should().Be(Severity.Warning);
        evidence.Behaviours.Should().Equal("4.6");
        evidence.PccMarkers.Should().Equal("4.4");
        redFlag.IsCompetencyWide.Should().BeTrue();
        evidence.FormatMessage(["May I?"]).Should().Be("Asked: May I?");
    }

    [Theory]
    [InlineData("")]
    [InlineData("ACME")]
    [InlineData("0101")]
    [InlineData("ACME01X")]
    [InlineData("AC-01")]
    public void A_malformed_ID_is_rejected(string id)
    {
        var act = () => new MarkerDescriptor(id, "Title", "Message.", Polarity.Evidence);

        act.Should().Throw<ArgumentException>().WithMessage("*letters followed by digits*");
    }

    [Fact]
    public void The_TS_prefix_is_reserved_for_built_in_markers()
    {
        var act = () => new MarkerDescriptor("TS4401", "Empathy", "Message.", Polarity.Evidence);

        act.Should().Throw<ArgumentException>().WithMessage("*reserved*");
    }

    [Theory]
    [InlineData("4.7", null)]
    [InlineData("5.1", null)]
    [InlineData(null, "4.5")]
    public void Unknown_behaviour_and_PCC_codes_are_rejected(string? behaviour, string? pcc)
    {
        var act = () => new MarkerDescriptor("ACME0001", "T", "M.", Polarity.Evidence, behaviour is null ? null : [behaviour], pcc is null ? null : [pcc]);

        act.Should().Throw<ArgumentException>().WithMessage("*is not a*code*");
    }

    [Fact]
    public void A_broken_message_format_and_a_relative_help_link_are_rejected()
    {
        var format = () => new MarkerDescriptor("ACME0001", "T", "Broken {0", Polarity.Evidence);
        var link = () => new MarkerDescriptor("ACME0001", "T", "M.", Polarity.Evidence, helpLink: "docs/markers.md");

        format.Should().Throw<ArgumentException>().WithMessage("*composite format*");
        link.Should().Throw<ArgumentException>().WithMessage("*absolute URI*");
    }

    [Fact]
    public void A_confidence_outside_zero_to_one_is_rejected()
    {
        var descriptor = new MarkerDescriptor("ACME0001", "T", "M.", Polarity.Evidence);

        var act = () => Marker.Create(descriptor, MarkerLocation.Session, 1.2);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
