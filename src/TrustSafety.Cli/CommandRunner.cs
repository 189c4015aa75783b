using System.CommandLine;
using TrustSafety.Transcripts;

namespace TrustSafety.Cli;

/// <summary>
/// Runs a command's action and turns failures into a message on standard error and an exit code, so the
/// user never sees a stack trace.
/// </summary>
internal static class CommandRunner
{
    /// <summary>Sets a command's action, guarded by <see cref="RunGuardedAsync"/>.</summary>
    /// <param name="command">The command.</param>
    /// <param name="action">The action; it returns the exit code.</param>
    public static void SetGuardedAction(this Command command, Func<ParseResult, CancellationToken, Task<int>> action) =>
        command.SetAction((parseResult, cancellationToken) => RunGuardedAsync(action, parseResult, cancellationToken));

    /// <summary>Runs an action and maps its failures to exit codes.</summary>
    /// <param name="action">The action.</param>
    /// <param name="parseResult">The parse result, which carries the output and error writers.</param>
    /// <param name="cancellationToken">Cancelled on Ctrl+C.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunGuardedAsync(Func<ParseResult, CancellationToken, Task<int>> action, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            return await action(parseResult, cancellationToken).ConfigureAwait(false);
        }
        catch (CliInputException e)
        {
            foreach (var line in e.Lines)
            {
                await error.WriteLineAsync($"error: {line}").ConfigureAwait(false);
            }

            return ExitCodes.BadInput;
        }
        catch (TranscriptFormatException e)
        {
            // The message already says where: file(line,col): problem.
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("Cancelled.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
#pragma warning disable CA1031 // The tool's last line of defence: report any failure as one line, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await error.WriteLineAsync($"error: unexpected {e.GetType().Name}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.UnexpectedError;
        }
    }
}
