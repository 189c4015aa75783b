using Microsoft.Extensions.DependencyInjection;
using TrustSafety.Analysis;
using TrustSafety.Markers;

namespace TrustSafety.Cli.Tests;

public sealed class ServiceSetupTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Without_a_config_the_analyzer_has_the_built_in_markers_at_their_default_severity()
    {
        using var services = ServiceSetup.Build(configPath: null, []);
        var analyzer = services.GetRequiredService<TranscriptAnalyzer>();

        analyzer.Markers.Select(d => d.Id).Should().Contain(["TS4003", "TS4008"]);
        analyzer.GetEffectiveSeverity("TS4003").Should().Be(Severity.Warning);
    }

    [Fact]
    public void A_config_severity_is_applied_to_the_analyzer()
    {
        var config = _temp.Write("trustsafety.json", """{ "TrustSafety": { "Markers": { "TS4008": { "Severity": "info" } } } }""");

        using var services = ServiceSetup.Build(config, []);

        services.GetRequiredService<TranscriptAnalyzer>().GetEffectiveSeverity("TS4008").Should().Be(Severity.Info);
    }

    [Fact]
    public void A_config_for_an_unknown_marker_is_rejected_naming_the_key()
    {
        var config = _temp.Write("trustsafety.json", """{ "TrustSafety": { "Markers": { "TS9999": { "Severity": "none" } } } }""");

        var act = () => ServiceSetup.Build(config, []);

        act.Should().Throw<CliInputException>().Which.Lines.Should().ContainSingle().Which.Should().Contain("TrustSafety:Markers:TS9999");
    }

    [Fact]
    public void A_detector_option_out_of_range_is_rejected()
    {
        var config = _temp.Write("trustsafety.json", """{ "TrustSafety": { "Detectors": { "QuestionStacking": { "MinQuestions": 1 } } } }""");

        var act = () => ServiceSetup.Build(config, []);

        act.Should().Throw<CliInputException>().WithMessage("*trustsafety.json*MinQuestions*");
    }

    [Fact]
    public void A_config_file_that_is_not_json_is_rejected_naming_the_file()
    {
        var config = _temp.Write("broken.json", """{ "TrustSafety": { """);

        var act = () => ServiceSetup.Build(config, []);

        act.Should().Throw<CliInputException>().WithMessage("*broken.json*not valid JSON*");
    }

    [Fact]
    public void A_config_file_without_a_TrustSafety_section_is_rejected()
    {
        var config = _temp.Write("flat.json", """{ "Markers": { "TS4003": { "Severity": "none" } } }""");

        var act = () => ServiceSetup.Build(config, []);

        act.Should().Throw<CliInputException>().WithMessage("*flat.json*no 'TrustSafety' section*");
    }

    [Fact]
    public void Detectors_from_an_assembly_are_added_to_the_built_in_ones()
    {
        using var services = ServiceSetup.Build(configPath: null, [CliRun.SampleDetectorsAssembly]);

        services.GetRequiredService<TranscriptAnalyzer>().Markers.Select(d => d.Id).Should().Contain(["SMPL0001", "TS4003", "TS4008"]);
    }
}
