using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Diagnostics;
using TrustSafety.Markers;

namespace TrustSafety.Core.Tests.Analysis;

public class FigureReportingTests
{
    private sealed class FigureDetector(string declared, string reported) : IMarkerDetector
    {
        public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [];

        public ImmutableArray<string> SupportedFigures { get; } = [declared];

        public void Initialize(MarkerAnalysisContext context) => context.RegisterTranscriptAction(c => c.ReportFigure(reported, c.Transcript.Turns.Length));
    }

    [Fact]
    public async Task A_declared_figure_joins_the_result_figures()
    {
        var result = await new TranscriptAnalyzer([new FigureDetector("turnCountAgain", "turnCountAgain")]).AnalyzeAsync(SampleTranscripts.Short());

        result.Figures["turnCountAgain"].Should().Be(5);
        result.Figures.Should().ContainKey("coachWordShare");
    }

    [Fact]
    public async Task An_undeclared_figure_is_rejected_as_TS0001()
    {
        var result = await new TranscriptAnalyzer([new FigureDetector("declared", "other")]).AnalyzeAsync(SampleTranscripts.Short());

        result.Figures.Should().NotContainKey("other");
        result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.DetectorFailed).Which.Message.Should().Contain("not in its SupportedFigures");
    }

    [Fact]
    public void A_figure_name_used_by_the_engine_or_twice_is_rejected()
    {
        var engine = () => new TranscriptAnalyzer([new FigureDetector("coachWordShare", "coachWordShare")]);
        var twice = () => new TranscriptAnalyzer([new FigureDetector("x", "x"), new FigureDetector("x", "x")]);

        engine.Should().Throw<ArgumentException>().WithMessage("*coachWordShare*unique*");
        twice.Should().Throw<ArgumentException>().WithMessage("*'x'*unique*");
    }
}
