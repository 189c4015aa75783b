using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers;

namespace TrustSafety.Assessment;

/// <summary>
/// Turns a result's reported markers into evidence levels, by documented rules (docs/assessment.md):
/// the weight of a side is the sum of its markers' confidences; <c>contradicted</c> when the red-flag
/// weight is greater than the evidence weight; <c>clear</c> when evidence comes from at least
/// <see cref="AssessmentOptions.ClearMinTurns"/> distinct turns (a session-level marker counts as one)
/// and outweighs the red flags; <c>limited</c> for any other evidence; <c>notObserved</c> without markers.
/// </summary>
public static class Assessor
{
    /// <summary>Assesses a result.</summary>
    /// <param name="result">The analysis result.</param>
    /// <param name="options">The rules; the defaults when <see langword="null"/>.</param>
    /// <returns>The assessment.</returns>
    public static SessionAssessment Assess(AnalysisResult result, AssessmentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= new AssessmentOptions();
        var markers = result.ReportedMarkers.ToList();
        var behaviours = Competency.Behaviours
            .Select(b => Row(result, b.Key, b.Value, markers.Where(m => m.Descriptor.Behaviours.Contains(b.Key)), options))
            .ToImmutableArray();
        var pcc = Competency.PccMarkers
            .Select(p => Row(result, p.Key, p.Value, markers.Where(m => m.Descriptor.PccMarkers.Contains(p.Key)), options))
            .ToImmutableArray();
        var overall = Row(result, "overall", "Cultivates Trust and Safety (Competency 4)", markers, options);
        return new SessionAssessment(behaviours, pcc, overall);
    }

    private static AssessmentRow Row(AnalysisResult result, string code, string title, IEnumerable<Marker> markers, AssessmentOptions options)
    {
        var list = markers.ToList();
        var evidence = list.Where(m => m.Descriptor.Polarity == Polarity.Evidence).ToList();
        var redFlags = list.Where(m => m.Descriptor.Polarity == Polarity.RedFlag).ToList();
        var evidenceWeight = evidence.Sum(m => m.Confidence);
        var redFlagWeight = redFlags.Sum(m => m.Confidence);
        var evidenceTurns = evidence.Select(m => m.Location.TurnIndex ?? -1).Distinct().Count();
        var level = list.Count == 0 ? EvidenceLevel.NotObserved
            : redFlagWeight > evidenceWeight ? EvidenceLevel.Contradicted
            : evidenceTurns >= options.ClearMinTurns ? EvidenceLevel.Clear
            : EvidenceLevel.Limited;
        var top = evidence
            .OrderByDescending(m => m.Confidence)
            .ThenBy(m => m.Location.TurnIndex ?? -1)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .Take(options.TopQuotes)
            .Select(m => new QuotedEvidence(m.Id, m.Location.TurnIndex, result.Quote(m.Location), m.Location.Start, m.Confidence))
            .ToImmutableArray();
        var index = Math.Round(evidenceWeight / (evidenceWeight + redFlagWeight + 1), 4);
        return new AssessmentRow(code, title, level, index, evidence.Count, redFlags.Count, top);
    }
}
