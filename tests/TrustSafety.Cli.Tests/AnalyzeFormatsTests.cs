namespace TrustSafety.Cli.Tests;

public class AnalyzeFormatsTests
{
    [Theory]
    [InlineData("zoom.vtt", "webvtt", 3)]
    [InlineData("teams.vtt", "webvtt", 3)]
    [InlineData("crlf-bom.srt", "srt", 4)]
    [InlineData("otter.txt", "otter", 3)]
    [InlineData("assemblyai.json", "assemblyai", -1)]
    [InlineData("deepgram.json", "deepgram", -1)]
    [InlineData("whisperx.json", "whisperx", -1)]
    [InlineData("openai.json", "openai", -1)]
    [InlineData("aws-transcribe.json", "aws-transcribe", -1)]
    public async Task Each_format_is_analysed_without_being_named(string file, string format, int turns)
    {
        var run = await CliRun.RunAsync("analyze", Path.Combine(AppContext.BaseDirectory, "Formats", file), "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = run.Json();
        var transcript = json.RootElement.GetProperty("transcript");
        transcript.GetProperty("format").GetString().Should().Be(format);
        var turnCount = transcript.GetProperty("turns").GetArrayLength();
        if (turns >= 0)
        {
            turnCount.Should().Be(turns);
        }
        else
        {
            turnCount.Should().BeGreaterThan(2);
        }

        transcript.GetProperty("speakers").EnumerateArray().Should().Contain(s => s.GetProperty("role").GetString() == "coach");
    }

    [Fact]
    public async Task SARIF_output_points_at_the_transcript_file()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Formats", "zoom.vtt");

        var run = await CliRun.RunAsync("analyze", path, "--format", "sarif");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = run.Json();
        var sarifRun = json.RootElement.GetProperty("runs")[0];
        json.RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
        sarifRun.GetProperty("artifacts")[0].GetProperty("location").GetProperty("uri").GetString().Should().Be(new Uri(path).AbsoluteUri);
        sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength().Should().BeGreaterThanOrEqualTo(5);
    }

    [Fact]
    public async Task Markdown_output_has_the_assessment_tables_and_the_moments()
    {
        var run = await CliRun.RunAsync("analyze", CliRun.SampleSession, "--format", "markdown");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().StartWith("# Trust and safety evidence: sample-session.txt")
            .And.Contain("| code | behaviour | level | evidence | red flags | strongest evidence |")
            .And.Contain("## Evidence by PCC marker")
            .And.Contain("**Red flag, Question stacking** (TS4003, 00:17:29, turn 24)");
    }

    [Theory]
    [InlineData("warning", 1)]
    [InlineData("error", 0)]
    public async Task Fail_on_sets_exit_code_1_when_a_marker_is_at_or_above_the_severity(string failOn, int exitCode)
    {
        var run = await CliRun.RunAsync("analyze", CliRun.SampleSession, "--fail-on", failOn);

        run.ExitCode.Should().Be(exitCode, run.Error);
        run.Output.Should().Contain("TS4003");
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("markdown")]
    [InlineData("html")]
    [InlineData("text")]
    public async Task Redact_removes_names_from_every_output_format(string format)
    {
        var run = await CliRun.RunAsync("analyze", Path.Combine(AppContext.BaseDirectory, "Formats", "zoom.vtt"), "--redact", "--format", format);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().NotContain("Dana").And.NotContain("Sam").And.NotContain("Ortiz");
    }

    [Fact]
    public async Task HTML_output_is_one_self_contained_page_with_a_timeline_and_quoted_marks()
    {
        var run = await CliRun.RunAsync("analyze", Path.Combine(AppContext.BaseDirectory, "Formats", "teams.vtt"), "--format", "html");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().StartWith("<!DOCTYPE html>")
            .And.Contain("<svg")
            .And.Contain("<title>turn 1 Jo &amp; Co Coaching")
            .And.NotContain("<script").And.NotContain("src=").And.NotContain("@import").And.NotContain("url(");
        run.Output.Should().MatchRegex("<text[^>]*>coach</text>");
    }
}
