namespace TrustSafety.Assessment;

/// <summary>How much evidence a session shows for a behaviour or PCC marker. Evidence, never a credential verdict.</summary>
public enum EvidenceLevel
{
    /// <summary>No marker bears on it.</summary>
    NotObserved = 0,

    /// <summary>Some evidence, but in fewer distinct turns than "clear" needs, or not outweighing the red flags.</summary>
    Limited = 1,

    /// <summary>Evidence in at least <see cref="AssessmentOptions.ClearMinTurns"/> distinct turns, outweighing the red flags.</summary>
    Clear = 2,

    /// <summary>The red flags outweigh the evidence.</summary>
    Contradicted = 3,
}
