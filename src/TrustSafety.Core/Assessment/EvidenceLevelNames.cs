using System.Collections.Immutable;

namespace TrustSafety.Assessment;

/// <summary>
/// The names of the evidence levels: the report and gold-file name (<c>notObserved</c>, <c>limited</c>,
/// <c>clear</c>, <c>contradicted</c>) and the wording for people ("not observed").
/// </summary>
public static class EvidenceLevelNames
{
    /// <summary>Gets the levels in report order.</summary>
    public static ImmutableArray<EvidenceLevel> Levels { get; } = [EvidenceLevel.NotObserved, EvidenceLevel.Limited, EvidenceLevel.Clear, EvidenceLevel.Contradicted];

    /// <summary>Gets the name of a level as the JSON report and the gold files write it.</summary>
    /// <param name="level">The level.</param>
    /// <returns>Its camel-case name.</returns>
    public static string ToName(EvidenceLevel level) => level switch
    {
        EvidenceLevel.Limited => "limited",
        EvidenceLevel.Clear => "clear",
        EvidenceLevel.Contradicted => "contradicted",
        _ => "notObserved",
    };

    /// <summary>Gets the wording of a level for people.</summary>
    /// <param name="level">The level.</param>
    /// <returns>"not observed", "limited", "clear" or "contradicted".</returns>
    public static string ToText(EvidenceLevel level) => level == EvidenceLevel.NotObserved ? "not observed" : ToName(level);

    /// <summary>Parses a level name as <see cref="ToName"/> writes it (case-sensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="level">The level, when the name is one.</param>
    /// <returns><see langword="true"/> when the name is a level's.</returns>
    public static bool TryParse(string? name, out EvidenceLevel level)
    {
        foreach (var candidate in Levels)
        {
            if (ToName(candidate) == name)
            {
                level = candidate;
                return true;
            }
        }

        level = default;
        return false;
    }
}
