using System.Reflection;

namespace TrustSafety.Analysis;

/// <summary>The tool that produced a result.</summary>
/// <param name="Name">The tool name.</param>
/// <param name="Version">The tool version.</param>
public sealed record ToolInfo(string Name, string Version)
{
    /// <summary>Gets this library's name and version.</summary>
    public static ToolInfo Current { get; } = new("TrustSafety", ReadVersion());

    private static string ReadVersion()
    {
        var version = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
