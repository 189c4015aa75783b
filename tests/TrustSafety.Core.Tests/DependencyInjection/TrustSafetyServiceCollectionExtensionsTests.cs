using Microsoft.Extensions.DependencyInjection;
using TrustSafety.Analysis;
using TrustSafety.Markers;
using TrustSafety.Reading;

namespace TrustSafety.Core.Tests.DependencyInjection;

public class TrustSafetyServiceCollectionExtensionsTests
{
    private static readonly MarkerDescriptor Alpha = TestDetector.Descriptor("TEST0001");

    [Fact]
    public async Task The_analyzer_and_loader_resolve_and_analyse_with_registered_detectors()
    {
        using var provider = new ServiceCollection()
            .AddTrustSafety(b => b.AddDetector(TestDetector.EveryCoachTurn(Alpha)))
            .BuildServiceProvider();

        var transcript = provider.GetRequiredService<TranscriptLoader>().LoadFile(SampleTranscripts.SamplePath);
        var result = await provider.GetRequiredService<TranscriptAnalyzer>().AnalyzeAsync(transcript, TestContext.Current.CancellationToken);

        result.Markers.Should().NotBeEmpty().And.OnlyContain(m => m.Id == "TEST0001");
    }

    [Fact]
    public void Registering_twice_adds_each_service_and_detector_once()
    {
        var detector = TestDetector.EveryCoachTurn(Alpha);
        var services = new ServiceCollection()
            .AddTrustSafety(b => b.AddDetector(detector).AddDetector<ConstructedDetector>())
            .AddTrustSafety(b => b.AddDetector(detector).AddDetector<ConstructedDetector>());

        services.Count(d => d.ServiceType == typeof(TranscriptAnalyzer)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IMarkerDetector)).Should().Be(2);
        services.Count(d => d.ServiceType == typeof(ITranscriptReader)).Should().Be(TranscriptLoader.BuiltInReaders.Length);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<TranscriptAnalyzer>().Markers.Select(m => m.Id).Should().Equal("TEST0001", "TEST0002");
    }

    [Fact]
    public void A_type_that_is_not_a_detector_is_refused()
    {
        var act = () => new ServiceCollection().AddTrustSafety(b => b.AddDetector(typeof(string)));

        act.Should().Throw<ArgumentException>().WithMessage("*not a non-abstract class implementing IMarkerDetector*");
    }

    private sealed class ConstructedDetector : IMarkerDetector
    {
        public System.Collections.Immutable.ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [TestDetector.Descriptor("TEST0002")];

        public void Initialize(MarkerAnalysisContext context) => context.RegisterTranscriptAction(_ => { });
    }
}
