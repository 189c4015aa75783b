using TrustSafety.Text;

namespace TrustSafety.Testing;

/// <summary>Formats markers the same way for expected and actual listings.</summary>
internal static class MarkupListing
{
    public static string Describe(string id, int? turnIndex, TextSpan span, string quote) =>
        turnIndex is { } t ? $"turn {t} {span} {id} \"{quote}\"" : $"session {id}";
}
