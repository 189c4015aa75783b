namespace TrustSafety.Cli.Tests;

public sealed class CliApplicationTests
{
    [Fact]
    public async Task Help_lists_the_commands_examples_and_exit_codes()
    {
        var run = await CliRun.RunAsync("--help");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("analyze").And.Contain("markers")
            .And.Contain("Examples:").And.Contain("trustsafety analyze session.txt")
            .And.Contain("Exit codes:");
    }

    [Fact]
    public async Task Analyze_help_says_plainly_that_detector_assemblies_run_code()
    {
        var run = await CliRun.RunAsync("analyze", "--help");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("--detectors").And.Contain("runs code from that assembly")
            .And.Contain("--coach").And.Contain("--input-format")
            .And.Contain("trustsafety analyze session.txt --coach Dana --client Sam");
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public async Task No_arguments_exits_with_2_and_shows_the_usage_on_standard_error()
    {
        var run = await CliRun.RunAsync();

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain("Usage:").And.Contain("analyze");
    }

    [Fact]
    public async Task A_mistyped_command_exits_with_2_and_suggests_the_right_one()
    {
        var run = await CliRun.RunAsync("analyse", CliRun.SampleSession);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain("analyze");
    }

    [Fact]
    public async Task The_version_option_prints_the_version()
    {
        var run = await CliRun.RunAsync("--version");

        run.ExitCode.Should().Be(0);
        run.Output.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }
}
