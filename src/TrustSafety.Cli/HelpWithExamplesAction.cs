using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace TrustSafety.Cli;

/// <summary>Writes the standard help, then a command's examples and notes.</summary>
/// <param name="standardHelp">The help action System.CommandLine provides.</param>
/// <param name="footers">The text to write after the help of each command.</param>
internal sealed class HelpWithExamplesAction(HelpAction standardHelp, IReadOnlyDictionary<Command, string> footers) : SynchronousCommandLineAction
{
    /// <inheritdoc />
    public override bool ClearsParseErrors => true;

    /// <summary>Adds the footers to the help option of a root command (it applies to every subcommand).</summary>
    /// <param name="root">The root command.</param>
    /// <param name="footers">The text to write after the help of each command.</param>
    public static void Install(RootCommand root, IReadOnlyDictionary<Command, string> footers)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction standard } help)
            {
                help.Action = new HelpWithExamplesAction(standard, footers);
            }
        }
    }

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var exitCode = standardHelp.Invoke(parseResult);
        if (footers.TryGetValue(parseResult.CommandResult.Command, out var footer))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.Write(footer.ReplaceLineEndings(output.NewLine));
            output.WriteLine();
        }

        return exitCode;
    }
}
