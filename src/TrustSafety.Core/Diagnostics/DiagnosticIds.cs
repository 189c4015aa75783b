namespace TrustSafety.Diagnostics;

/// <summary>The IDs of the diagnostics that the engine and the readers report (see docs/marker-ledger.md).</summary>
public static class DiagnosticIds
{
    /// <summary>TS0001: a detector threw an exception; its output for the transcript is discarded and the others go on.</summary>
    public const string DetectorFailed = "TS0001";

    /// <summary>TS0002: a detector ran past its time budget and was cancelled or abandoned; the result is partial.</summary>
    public const string DetectorTimedOut = "TS0002";

    /// <summary>TS0003: speaker roles were assigned by the heuristic, not by the user or the file.</summary>
    public const string RolesInferred = "TS0003";

    /// <summary>TS0004: no speaker could be identified as the coach, so no coach markers can be found.</summary>
    public const string NoCoach = "TS0004";
}
