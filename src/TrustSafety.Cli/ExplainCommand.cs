using System.CommandLine;
using TrustSafety.Markers;

namespace TrustSafety.Cli;

/// <summary>
/// <c>trustsafety explain ID</c>: prints the marker's section of the catalogue (docs/markers.md, embedded in
/// the tool): what it detects, examples that fire and near-misses, what its confidence means, its options
/// and its known limitations.
/// </summary>
internal sealed class ExplainCommand
{
    /// <summary>The examples shown after the command's help.</summary>
    public const string HelpFooter = """
        Examples:
          trustsafety explain TS4401
          trustsafety explain ts4003
        """;

    private readonly Argument<string> _id = new("id") { Description = "A built-in marker ID, such as TS4401." };

    private ExplainCommand()
    {
    }

    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var explain = new ExplainCommand();
        var command = new Command("explain", "Explain a built-in marker: what it detects, examples, confidence, options and limitations.") { explain._id };
        command.SetGuardedAction(explain.RunAsync);
        return command;
    }

    /// <summary>Finds a marker's section in the catalogue text, or null.</summary>
    public static string? Section(string catalogue, string id)
    {
        var heading = $"## {id.Trim().ToUpperInvariant()}";
        var lines = catalogue.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimEnd() == heading);
        if (start < 0)
        {
            return null;
        }

        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        return string.Join('\n', lines[start..(end < 0 ? lines.Length : end)]).TrimEnd() + "\n";
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var id = parseResult.GetRequiredValue(_id);
        using var stream = typeof(ExplainCommand).Assembly.GetManifestResourceStream("TrustSafety.Cli.markers.md")
            ?? throw new InvalidOperationException("The marker catalogue is missing from the tool.");
        using var reader = new StreamReader(stream);
        var section = Section(await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false), id);
        if (section is null)
        {
            var known = string.Join(", ", BuiltInMarkers.Descriptors.Select(d => d.Id));
            throw new CliInputException($"'{id}' is not a built-in marker; known markers: {known}.");
        }

        await parseResult.InvocationConfiguration.Output.WriteAsync(section).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
