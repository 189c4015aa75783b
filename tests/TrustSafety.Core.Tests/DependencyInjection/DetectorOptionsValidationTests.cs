using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TrustSafety.Analysis;
using TrustSafety.Markers;

namespace TrustSafety.Core.Tests.DependencyInjection;

public class DetectorOptionsValidationTests
{
    [Fact]
    public void Detector_options_bind_from_their_section()
    {
        using var provider = Provider("""{ "TrustSafety": { "Detectors": { "Threshold": { "Limit": 7 } } } }""");

        provider.GetRequiredService<TranscriptAnalyzer>();
        provider.GetRequiredService<IOptions<ThresholdOptions>>().Value.Limit.Should().Be(7);
    }

    [Fact]
    public void An_out_of_range_detector_option_fails_naming_its_full_key()
    {
        using var provider = Provider("""{ "TrustSafety": { "Detectors": { "Threshold": { "Limit": 500 } } } }""");

        var act = () => provider.GetRequiredService<TranscriptAnalyzer>();

        act.Should().Throw<OptionsValidationException>().WithMessage("TrustSafety:Detectors:Threshold:Limit: *between 1 and 10*");
    }

    private static ServiceProvider Provider(string json)
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        return new ServiceCollection()
            .AddTrustSafety(configuration, b => b.AddDetector<ThresholdDetector, ThresholdOptions>("Threshold"))
            .BuildServiceProvider();
    }

    public sealed class ThresholdOptions
    {
        [Range(1, 10)]
        public int Limit { get; set; } = 3;
    }

    private sealed class ThresholdDetector(IOptions<ThresholdOptions> options) : IMarkerDetector
    {
        private readonly int _limit = options.Value.Limit;

        public System.Collections.Immutable.ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [TestDetector.Descriptor("TEST0005")];

        public void Initialize(MarkerAnalysisContext context) => context.RegisterTurnAction(c => GC.KeepAlive(_limit));
    }
}
