namespace TrustSafety.Markers;

/// <summary>Tags with a meaning to the engine.</summary>
public static class MarkerTags
{
    /// <summary>
    /// The marker needs start and end times. On a transcript without them the engine reports TS0009
    /// naming such markers, so a missing timing marker is not mistaken for a clean session.
    /// </summary>
    public const string RequiresTimes = "requires-times";
}
