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
}
