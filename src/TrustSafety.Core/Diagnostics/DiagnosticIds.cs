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

    /// <summary>TS0005: a speaker's utterance starts before their own previous utterance ends (kept as given).</summary>
    public const string SelfOverlap = "TS0005";

    /// <summary>TS0006: an utterance starts before the previous utterance in the file (times go backwards; kept as given).</summary>
    public const string TimeGoesBackwards = "TS0006";

    /// <summary>TS0007: a cue or segment has no text; it is skipped, and this says where.</summary>
    public const string EmptyCue = "TS0007";

    /// <summary>TS0008: an utterance has no speaker label; it is attributed to a speaker named "Unknown".</summary>
    public const string UnknownSpeaker = "TS0008";

    /// <summary>TS0009: the transcript has no start and end times, so markers that need them were not evaluated.</summary>
    public const string TimesMissing = "TS0009";

    /// <summary>TS0010: the transcript does not look like English, so lexical markers were not evaluated.</summary>
    public const string NotEnglish = "TS0010";
}
