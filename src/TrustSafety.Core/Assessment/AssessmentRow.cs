using System.Collections.Immutable;

namespace TrustSafety.Assessment;

/// <summary>The evidence for one behaviour, one PCC marker, or the whole competency.</summary>
/// <param name="Code">The behaviour or PCC code (<c>4.4</c>), or <c>overall</c>.</param>
/// <param name="Title">What the code stands for.</param>
/// <param name="Level">The evidence level.</param>
/// <param name="EvidenceIndex">Evidence weight ÷ (evidence weight + red-flag weight + 1), between 0 and 1, for ranking sessions.</param>
/// <param name="EvidenceCount">The number of evidence markers.</param>
/// <param name="RedFlagCount">The number of red-flag markers.</param>
/// <param name="TopEvidence">The strongest evidence, most confident first.</param>
public sealed record AssessmentRow(
    string Code,
    string Title,
    EvidenceLevel Level,
    double EvidenceIndex,
    int EvidenceCount,
    int RedFlagCount,
    ImmutableArray<QuotedEvidence> TopEvidence);

/// <summary>A piece of evidence with its quote and time.</summary>
/// <param name="MarkerId">The marker ID.</param>
/// <param name="TurnIndex">The 0-based turn, or <see langword="null"/> for a session-level marker.</param>
/// <param name="Quote">The quoted text (empty for a session-level marker).</param>
/// <param name="Start">When it starts in the recording, if known.</param>
/// <param name="Confidence">The marker's confidence.</param>
public sealed record QuotedEvidence(string MarkerId, int? TurnIndex, string Quote, TimeSpan? Start, double Confidence);
