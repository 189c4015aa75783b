using System.Collections.Immutable;
using TrustSafety.Markers;

namespace TrustSafety.Configuration;

/// <summary>The configuration names of the severities: <c>error</c>, <c>warning</c>, <c>info</c>, <c>hidden</c>, <c>none</c>.</summary>
public static class SeverityNames
{
    /// <summary>Gets the allowed names, from most to least severe.</summary>
    public static ImmutableArray<string> All { get; } = ["error", "warning", "info", "hidden", "none"];

    /// <summary>Gets the configuration name of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>Its lower-case name.</returns>
    public static string ToName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        Severity.Hidden => "hidden",
        _ => "none",
    };

    /// <summary>Parses a severity name (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="severity">The severity, when the name is allowed.</param>
    /// <returns><see langword="true"/> when the name is one of <see cref="All"/>.</returns>
    public static bool TryParse(string? name, out Severity severity)
    {
        severity = name?.Trim().ToLowerInvariant() switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "info" => Severity.Info,
            "hidden" => Severity.Hidden,
            "none" => Severity.None,
            _ => (Severity)(-1),
        };
        return severity >= 0;
    }
}
