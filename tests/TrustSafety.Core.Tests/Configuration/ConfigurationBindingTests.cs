using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TrustSafety.Analysis;
using TrustSafety.Configuration;
using TrustSafety.Markers;

namespace TrustSafety.Core.Tests.Configuration;

public class ConfigurationBindingTests
{
    private static readonly MarkerDescriptor Alpha = TestDetector.Descriptor("TEST0001", Polarity.Evidence, "4.4");

    private static IConfiguration Json(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    private static ServiceProvider Provider(string json) => new ServiceCollection()
        .AddTrustSafety(Json(json), b => b.AddDetector(TestDetector.EveryCoachTurn(Alpha)))
        .BuildServiceProvider();

    [Fact]
    public void The_TrustSafety_section_binds_markers_behaviours_detectors_and_budgets()
    {
        using var provider = Provider("""
            { "TrustSafety": {
                "Markers": { "TEST0001": { "Severity": "error" } },
                "Behaviours": { "4.2": { "Enabled": false } },
                "Detectors": { "Monologue": { "MaxWords": "90" } },
                "DetectorTimeBudget": "00:00:03",
                "MaxDegreeOfParallelism": 3 } }
            """);

        var options = provider.GetRequiredService<IOptions<TrustSafetyOptions>>().Value;
        options.Markers["TEST0001"].Severity.Should().Be("error");
        options.Behaviours["4.2"].Enabled.Should().BeFalse();
        options.Detectors["Monologue"]["MaxWords"].Should().Be("90");
        options.DetectorTimeBudget.Should().Be(TimeSpan.FromSeconds(3));
        provider.GetRequiredService<TranscriptAnalyzer>().GetEffectiveSeverity("TEST0001").Should().Be(Severity.Error);
    }

    [Fact]
    public void An_invalid_behaviour_code_fails_with_the_key_and_the_allowed_values()
    {
        using var provider = Provider("""{ "TrustSafety": { "Behaviours": { "4.9": { "Enabled": false } } } }""");

        var act = () => provider.GetRequiredService<IOptions<TrustSafetyOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().WithMessage("*TrustSafety:Behaviours:4.9*allowed values: 4.1, 4.2, 4.3, 4.4, 4.5, 4.6, competency*");
    }

    [Fact]
    public void A_non_positive_time_budget_fails_with_its_key()
    {
        var result = new TrustSafetyOptionsValidator().Validate(null, new TrustSafetyOptions { DetectorTimeBudget = TimeSpan.Zero, MaxDegreeOfParallelism = 0 });

        result.Failures.Should().Contain(f => f.StartsWith("TrustSafety:DetectorTimeBudget", StringComparison.Ordinal))
            .And.Contain(f => f.StartsWith("TrustSafety:MaxDegreeOfParallelism", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_of_the_wrong_type_fails_naming_the_key()
    {
        using var provider = Provider("""{ "TrustSafety": { "Markers": { "TEST0001": { "Enabled": "sometimes" } } } }""");

        var act = () => provider.GetRequiredService<IOptions<TrustSafetyOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().WithMessage("*TrustSafety:Markers:TEST0001:Enabled*'sometimes'*true, false*");
    }

    [Fact]
    public void A_misspelt_key_fails_with_the_allowed_keys()
    {
        using var provider = Provider("""{ "TrustSafety": { "Markers": { "TEST0001": { "Severty": "error" } }, "Budget": "1" } }""");

        var act = () => provider.GetRequiredService<IOptions<TrustSafetyOptions>>().Value;

        act.Should().Throw<OptionsValidationException>()
            .WithMessage("*TrustSafety:Markers:TEST0001:Severty*allowed keys: Severity, Enabled*")
            .WithMessage("*TrustSafety:Budget*allowed keys: Markers, Behaviours, Detectors*");
    }

    [Fact]
    public void A_top_level_value_of_the_wrong_type_fails_naming_the_key()
    {
        using var provider = Provider("""{ "TrustSafety": { "DetectorTimeBudget": "soon" } }""");

        var act = () => provider.GetRequiredService<IOptions<TrustSafetyOptions>>().Value;

        act.Should().Throw<InvalidOperationException>().WithMessage("*TrustSafety:DetectorTimeBudget*");
    }
}
