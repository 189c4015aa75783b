using TrustSafety.Text;

namespace TrustSafety.Markers.Lexicons;

/// <summary>Whether a place in a turn stands inside quotation marks: the words there are someone else's.</summary>
internal static class Quotes
{
    /// <summary>Returns whether an odd number of double quotation marks (straight or curly) precede the position.</summary>
    public static bool Contain(TurnText text, int position)
    {
        var before = text.Text.AsSpan(0, position);
        return (before.Count('"') + before.Count('\u201C') + before.Count('\u201D')) % 2 == 1;
    }
}
