namespace TrustSafety.Markers;

/// <summary>Whether a marker counts for or against the competency.</summary>
public enum Polarity
{
    /// <summary>Evidence that the coach showed the behaviour.</summary>
    Evidence = 0,

    /// <summary>Contra-evidence: something that counts against the behaviour.</summary>
    RedFlag = 1,
}
