using System.Collections.Immutable;

namespace TrustSafety.Assessment;

/// <summary>
/// The evidence a session shows for Competency 4: a row per behaviour (4.1–4.6), per PCC marker (4.1–4.4)
/// and for the competency overall. Worded as evidence, never as a credential verdict.
/// </summary>
/// <param name="Behaviours">One row per behaviour code, in order.</param>
/// <param name="PccMarkers">One row per PCC marker code, in order.</param>
/// <param name="Overall">The whole competency, including competency-wide markers.</param>
public sealed record SessionAssessment(ImmutableArray<AssessmentRow> Behaviours, ImmutableArray<AssessmentRow> PccMarkers, AssessmentRow Overall);
