namespace TrustSafety.Cli.Tests;

public class BatchAnalysisTests
{
    private static TempDirectory Sessions()
    {
        var folder = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(folder.FullPath, "in", "a"));
        folder.Write("in/a/s01.txt", "Coach: What happened? Who was there? How did you respond?\nClient: It was a long and messy meeting and I am still turning it over in my head.\n");
        folder.Write("in/s02.vtt", "WEBVTT\n\n00:00.000 --> 00:03.000\nCoach: What would help?\n\n00:06.000 --> 00:09.000\nClient: Some quiet time to think it through properly.\n");
        folder.Write("in/a/notes.gold.json", "{}");
        return folder;
    }

    [Fact]
    public async Task A_folder_gets_one_report_per_session_mirroring_paths_and_a_summary()
    {
        using var folder = Sessions();
        var output = Path.Combine(folder.FullPath, "out");

        var run = await CliRun.RunAsync("analyze", Path.Combine(folder.FullPath, "in"), "--format", "json", "--out", output);

        run.ExitCode.Should().Be(0, run.Error);
        File.Exists(Path.Combine(output, "a", "s01.json")).Should().BeTrue();
        File.Exists(Path.Combine(output, "s02.json")).Should().BeTrue();
        File.ReadAllLines(Path.Combine(output, "summary.csv")).Should().HaveCount(3)
            .And.Contain(l => l.StartsWith("a/s01.txt,2,", StringComparison.Ordinal));
        run.Output.Should().Contain("2 report(s) written");
        run.Error.Should().Contain("[2/2]");
    }

    [Fact]
    public async Task An_unreadable_input_is_reported_while_the_others_are_analysed_with_exit_code_2()
    {
        using var folder = Sessions();
        folder.Write("in/broken.txt", "this is not a transcript\n");
        var output = Path.Combine(folder.FullPath, "out");

        var run = await CliRun.RunAsync("analyze", Path.Combine(folder.FullPath, "in"), "--out", output);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("broken.txt");
        File.Exists(Path.Combine(output, "a", "s01.txt")).Should().BeTrue();
        File.Exists(Path.Combine(output, "s02.txt")).Should().BeTrue();
    }

    [Fact]
    public async Task A_glob_selects_files_and_fail_on_applies_to_all_sessions()
    {
        using var folder = Sessions();
        var output = Path.Combine(folder.FullPath, "out");

        var run = await CliRun.RunAsync("analyze", Path.Combine(folder.FullPath, "in") + "/**/*.txt", "--out", output, "--fail-on", "warning");

        run.ExitCode.Should().Be(1, "s01 stacks three questions (a warning)");
        Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Should().BeEquivalentTo("s01.txt", "summary.csv", "summary.txt");
    }

    [Fact]
    public async Task Several_transcripts_without_an_output_folder_are_a_usage_error()
    {
        using var folder = Sessions();

        var run = await CliRun.RunAsync("analyze", Path.Combine(folder.FullPath, "in"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--out DIR");
    }

    [Fact]
    public async Task A_single_transcript_can_be_written_to_a_file()
    {
        using var folder = Sessions();
        var report = Path.Combine(folder.FullPath, "report.md");

        var run = await CliRun.RunAsync("analyze", Path.Combine(folder.FullPath, "in", "s02.vtt"), "--format", "markdown", "--out", report);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().BeEmpty();
        File.ReadAllText(report).Should().StartWith("# Trust and safety evidence: s02.vtt");
    }
}
