using System.Collections.Immutable;

namespace TrustSafety.Markers;

/// <summary>
/// The codes of ICF Core Competency 4 "Cultivates Trust and Safety" (2019 model) and its PCC markers
/// (2020), as used in descriptors and reports.
/// </summary>
public static class Competency
{
    /// <summary>The version of the competency model and PCC markers the built-in catalogue follows.</summary>
    public const string CatalogVersion = "icf-2019/pcc-2020";

    /// <summary>Gets the behaviour codes and titles of the competency's definition (4.1 to 4.6).</summary>
    public static ImmutableSortedDictionary<string, string> Behaviours { get; } = new Dictionary<string, string>
    {
        ["4.1"] = "Seeks to understand the client within their context",
        ["4.2"] = "Respects the client's identity, perceptions, style and language and adapts",
        ["4.3"] = "Acknowledges the client's unique talents, insights and work",
        ["4.4"] = "Shows support, empathy and concern",
        ["4.5"] = "Acknowledges and supports the expression of feelings, perceptions, concerns, beliefs and suggestions",
        ["4.6"] = "Demonstrates openness and transparency",
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>Gets the PCC marker codes and titles for the competency (4.1 to 4.4).</summary>
    public static ImmutableSortedDictionary<string, string> PccMarkers { get; } = new Dictionary<string, string>
    {
        ["4.1"] = "Acknowledges and respects the client's talents, insights and work",
        ["4.2"] = "Shows support, empathy or concern",
        ["4.3"] = "Acknowledges and supports the expression of feelings, perceptions, concerns, beliefs or suggestions",
        ["4.4"] = "Invites the client to respond to the coach's contributions and accepts the response",
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);
}
