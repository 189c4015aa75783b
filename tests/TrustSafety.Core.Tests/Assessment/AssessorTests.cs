using TrustSafety.Analysis;
using TrustSafety.Assessment;
using TrustSafety.Configuration;
using TrustSafety.Markers;
using TrustSafety.Text;

namespace TrustSafety.Core.Tests.Assessment;

public class AssessorTests
{
    private static readonly MarkerDescriptor Empathy = new("TEST4401", "Empathy", "Empathy.", Polarity.Evidence, ["4.4"], ["4.2"]);
    private static readonly MarkerDescriptor Caretaking = new("TEST4402", "Caretaking", "Caretaking.", Polarity.RedFlag, ["4.4"], ["4.2"]);
    private static readonly MarkerDescriptor Stacking = new("TEST4003", "Stacking", "Stacking.", Polarity.RedFlag);

    /// <summary>Reports the given markers (descriptor, turn, confidence) on the short transcript.</summary>
    private static Task<AnalysisResult> Analyse(TrustSafetyOptions? options, params (MarkerDescriptor Descriptor, int Turn, double Confidence)[] reports)
    {
        var detector = new TestDetector(Empathy, Caretaking, Stacking)
        {
            OnTranscript = c =>
            {
                foreach (var (descriptor, turn, confidence) in reports)
                {
                    c.Report(Marker.Create(descriptor, MarkerLocation.InTurn(c.Transcript.Turns[turn], new TextSpan(0, 5)), confidence));
                }
            },
        };
        return new TranscriptAnalyzer([detector], options).AnalyzeAsync(SampleTranscripts.Short());
    }

    private static AssessmentRow Behaviour(AnalysisResult result, string code) => result.Assessment.Behaviours.Single(b => b.Code == code);

    [Fact]
    public async Task Without_markers_every_row_is_not_observed()
    {
        var result = await Analyse(null);

        result.Assessment.Behaviours.Select(b => b.Code).Should().Equal("4.1", "4.2", "4.3", "4.4", "4.5", "4.6");
        result.Assessment.PccMarkers.Select(b => b.Code).Should().Equal("4.1", "4.2", "4.3", "4.4");
        result.Assessment.Behaviours.Concat(result.Assessment.PccMarkers).Append(result.Assessment.Overall)
            .Should().OnlyContain(r => r.Level == EvidenceLevel.NotObserved && r.EvidenceIndex == 0);
    }

    [Fact]
    public async Task Evidence_in_two_turns_outweighing_red_flags_is_clear_with_a_hand_computed_index()
    {
        var result = await Analyse(null, (Empathy, 0, 0.8), (Empathy, 2, 0.6), (Caretaking, 4, 0.5));

        var row = Behaviour(result, "4.4");
        row.Level.Should().Be(EvidenceLevel.Clear);
        row.EvidenceIndex.Should().BeApproximately(1.4 / (1.4 + 0.5 + 1), 1e-4);
        (row.EvidenceCount, row.RedFlagCount).Should().Be((2, 1));
        row.TopEvidence.Select(e => (e.MarkerId, e.TurnIndex, e.Quote)).Should().Equal(("TEST4401", 0, "What "), ("TEST4401", 2, "Stuck"));
        result.Assessment.PccMarkers.Single(p => p.Code == "4.2").Level.Should().Be(EvidenceLevel.Clear);
        Behaviour(result, "4.1").Level.Should().Be(EvidenceLevel.NotObserved);
    }

    [Fact]
    public async Task Evidence_in_one_turn_is_limited()
    {
        var result = await Analyse(null, (Empathy, 0, 0.9), (Empathy, 0, 0.7));

        Behaviour(result, "4.4").Level.Should().Be(EvidenceLevel.Limited);
    }

    [Fact]
    public async Task Red_flags_outweighing_evidence_contradict()
    {
        var result = await Analyse(null, (Empathy, 0, 0.5), (Caretaking, 2, 0.4), (Caretaking, 4, 0.3));

        Behaviour(result, "4.4").Level.Should().Be(EvidenceLevel.Contradicted);
    }

    [Fact]
    public async Task Competency_wide_markers_count_only_overall()
    {
        var result = await Analyse(null, (Stacking, 0, 0.9));

        result.Assessment.Behaviours.Should().OnlyContain(b => b.Level == EvidenceLevel.NotObserved);
        result.Assessment.Overall.Level.Should().Be(EvidenceLevel.Contradicted);
        result.Assessment.Overall.RedFlagCount.Should().Be(1);
    }

    [Fact]
    public async Task The_rules_are_configurable_and_hidden_markers_do_not_count()
    {
        var options = new TrustSafetyOptions();
        options.Assessment.ClearMinTurns = 1;
        options.Assessment.TopQuotes = 1;
        options.Markers["TEST4402"] = new MarkerRule { Severity = "hidden" };

        var result = await Analyse(options, (Empathy, 0, 0.4), (Empathy, 0, 0.9), (Caretaking, 2, 0.9));

        var row = Behaviour(result, "4.4");
        row.Level.Should().Be(EvidenceLevel.Clear);
        row.RedFlagCount.Should().Be(0);
        row.TopEvidence.Should().ContainSingle().Which.Confidence.Should().Be(0.9);
    }
}
