using System.CommandLine;
using System.CommandLine.Invocation;

namespace TrustSafety.Cli;

/// <summary>
/// The <c>trustsafety</c> command line: builds the commands, parses the arguments, runs the chosen command
/// and returns the exit code (<see cref="ExitCodes"/>). Used by <c>Program</c> and by the tests.
/// </summary>
internal static class CliApplication
{
    /// <summary>The examples and notes shown after the root command's help.</summary>
    public const string HelpFooter = """
        Examples:
          trustsafety analyze session.txt
          trustsafety analyze session.txt --format json > report.json
          trustsafety analyze session.txt --coach Dana --client Sam --config trustsafety.json
          trustsafety markers
          trustsafety explain TS4401
          trustsafety eval seeds/eval/tuning

        Exit codes:
          0    success
          2    bad input: a usage error, a missing or malformed transcript, an invalid configuration
               or an unusable detector assembly (the message is on standard error)
          1    markers at or above the --fail-on severity were found
          3    an unexpected failure
          130  cancelled (Ctrl+C)
        """;

    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where reports and help go (standard output).</param>
    /// <param name="error">Where errors go (standard error).</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var root = CreateRootCommand();
        var parseResult = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        if (parseResult.Action is not ParseErrorAction parseError)
        {
            return await parseResult.InvokeAsync(configuration).ConfigureAwait(false);
        }

        // A usage error: System.CommandLine prints it, with typo suggestions (and help only when no
        // arguments were given), all on standard error so standard output stays clean; the exit code is ours.
        parseError.ShowHelp = args.Length == 0;
        await parseResult.InvokeAsync(new InvocationConfiguration { Output = error, Error = error }).ConfigureAwait(false);
        var command = parseResult.CommandResult.Command;
        var helpCommand = command is RootCommand ? "trustsafety --help" : $"trustsafety {command.Name} --help";
        await error.WriteLineAsync($"Run '{helpCommand}' for usage.").ConfigureAwait(false);
        return ExitCodes.BadInput;
    }

    /// <summary>Creates the root command with its subcommands and the help examples.</summary>
    /// <returns>The root command.</returns>
    public static RootCommand CreateRootCommand()
    {
        var analyze = AnalyzeCommand.Create();
        var markers = MarkersCommand.Create();
        var eval = EvalCommand.Create();
        var explain = ExplainCommand.Create();
        var root = new RootCommand("Analyse coaching-session transcripts for evidence of ICF Core Competency 4, Cultivates Trust and Safety.")
        {
            analyze,
            markers,
            explain,
            eval,
        };
        HelpWithExamplesAction.Install(root, new Dictionary<Command, string>
        {
            [root] = HelpFooter,
            [analyze] = AnalyzeCommand.HelpFooter,
            [markers] = MarkersCommand.HelpFooter,
            [eval] = EvalCommand.HelpFooter,
            [explain] = ExplainCommand.HelpFooter,
        });
        return root;
    }
}
