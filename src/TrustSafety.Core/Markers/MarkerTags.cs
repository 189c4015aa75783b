namespace TrustSafety.Markers;

/// <summary>Tags with a meaning to the engine.</summary>
public static class MarkerTags
{
    /// <summary>
    /// The marker needs start and end times. On a transcript without them the engine reports TS0009
    /// naming such markers, so a missing timing marker is not mistaken for a clean session.
    /// </summary>
    public const string RequiresTimes = "requires-times";

    /// <summary>
    /// The marker is found from English wording. On a transcript that does not look like English
    /// (<see cref="Text.TextAnalysis.LooksEnglish"/>) the engine reports TS0010 and drops such markers,
    /// rather than give a misleadingly empty report.
    /// </summary>
    public const string Lexical = "lexical";
}
