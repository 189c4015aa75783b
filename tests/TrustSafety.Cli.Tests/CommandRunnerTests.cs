using System.CommandLine;
using System.Globalization;
using TrustSafety.Transcripts;

namespace TrustSafety.Cli.Tests;

public sealed class CommandRunnerTests
{
    [Fact]
    public async Task Each_line_of_an_input_problem_is_an_error_line_and_the_exit_code_is_2()
    {
        var (exitCode, error) = await RunAsync((_, _) => throw new CliInputException(["first problem", "second problem"]));

        exitCode.Should().Be(2);
        error.Should().Be("error: first problem\nerror: second problem\n");
    }

    [Fact]
    public async Task A_transcript_format_problem_is_printed_with_its_location_and_the_exit_code_is_2()
    {
        var (exitCode, error) = await RunAsync((_, _) => throw new TranscriptFormatException("no speaker line", "session.txt", 3, 7));

        exitCode.Should().Be(2);
        error.Should().Be("error: session.txt(3,7): no speaker line\n");
    }

    [Fact]
    public async Task Cancellation_exits_with_130()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var (exitCode, error) = await RunAsync((_, token) => Task.FromCanceled<int>(token), cancelled.Token);

        exitCode.Should().Be(130);
        error.Should().Be("Cancelled.\n");
    }

    [Fact]
    public async Task An_unexpected_failure_is_one_line_without_a_stack_trace_and_exits_with_1()
    {
        var (exitCode, error) = await RunAsync((_, _) => throw new InvalidCastException("boom"));

        exitCode.Should().Be(3);
        error.Should().Be("error: unexpected InvalidCastException: boom\n");
    }

    [Fact]
    public async Task A_successful_action_keeps_its_exit_code_and_writes_no_error()
    {
        var (exitCode, error) = await RunAsync((_, _) => Task.FromResult(0));

        exitCode.Should().Be(0);
        error.Should().BeEmpty();
    }

    private static async Task<(int ExitCode, string Error)> RunAsync(Func<ParseResult, CancellationToken, Task<int>> action, CancellationToken cancellationToken = default)
    {
        var command = new RootCommand();
        command.SetGuardedAction(action);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var exitCode = await command.Parse([]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
        return (exitCode, error.ToString());
    }
}
