using System.CommandLine;

namespace TrustSafety.Cli;

/// <summary>Options that more than one command has (each command gets its own instance).</summary>
internal static class CommonOptions
{
    /// <summary>The text output format.</summary>
    public const string Text = "text";

    /// <summary>The JSON output format.</summary>
    public const string Json = "json";

    /// <summary>Creates the <c>--format</c> option.</summary>
    /// <param name="what">What the option formats, for the help text.</param>
    /// <returns>The option; its default is <c>text</c>.</returns>
    public static Option<string> Format(string what) =>
        new Option<string>("--format", "-f")
        {
            Description = $"How to write {what}: 'text' for people, 'json' for programs.",
            DefaultValueFactory = _ => Text,
        }.AcceptOnlyFromAmong(Text, Json);

    /// <summary>Creates the <c>--detectors</c> option.</summary>
    /// <returns>The option.</returns>
    public static Option<string[]> Detectors() => new("--detectors")
    {
        HelpName = "assembly.dll",
        Description = "Also use the marker detectors in this .NET assembly (every public class implementing IMarkerDetector). "
            + "WARNING: this loads and runs code from that assembly with your permissions; use only assemblies you trust. Repeatable.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>Creates the <c>--config</c> option.</summary>
    /// <returns>The option.</returns>
    public static Option<string?> Config() => new("--config", "-c")
    {
        HelpName = "trustsafety.json",
        Description = "A JSON file with a TrustSafety section, as in appsettings.json (Markers, Behaviours, Detectors), "
            + "for example { \"TrustSafety\": { \"Markers\": { \"TS4003\": { \"Severity\": \"none\" } } } }. Invalid values stop the tool.",
    };
}
