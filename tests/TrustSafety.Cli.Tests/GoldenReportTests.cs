using System.Reflection;

namespace TrustSafety.Cli.Tests;

/// <summary>
/// Every report format of two sessions (the untimed sample and a timed WebVTT session of the tuning
/// corpus) against the reviewed output in <c>Golden/</c>. A deliberate change to a detector, the model or
/// a writer changes them: review the diff and rewrite them with
/// <c>TRUSTSAFETY_UPDATE_GOLDEN=1 dotnet test --filter GoldenReportTests</c> (refused under CI).
/// </summary>
public class GoldenReportTests
{
    private const string InputPlaceholder = "{input}";

    private static readonly string RepositoryRoot = typeof(GoldenReportTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    public static TheoryData<string, string> Cases { get; } = new()
    {
        { "sample-session", "text" },
        { "sample-session", "markdown" },
        { "sample-session", "html" },
        { "sample-session", "json" },
        { "sample-session", "sarif" },
        { "s02-team-conflict", "text" },
        { "s02-team-conflict", "html" },
        { "s02-team-conflict", "sarif" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_report_matches_its_golden_file(string session, string format)
    {
        var input = session == "sample-session" ? CliRun.SampleSession : Path.Combine(AppContext.BaseDirectory, "Corpus", "tuning", session + ".vtt");
        var golden = $"{session}.{format}";

        var run = await CliRun.RunAsync("analyze", input, "--format", format, "--coach", session == "sample-session" ? "Coach" : "Dana Lee");

        run.ExitCode.Should().Be(0, run.Error);
        var actual = Normalize(run.Output, input);
        if (Environment.GetEnvironmentVariable("TRUSTSAFETY_UPDATE_GOLDEN") == "1")
        {
            Environment.GetEnvironmentVariable("CI").Should().NotBe("true", "golden files are reviewed and committed, never rewritten by CI");
            await File.WriteAllTextAsync(Path.Combine(RepositoryRoot, "tests", "TrustSafety.Cli.Tests", "Golden", golden), actual, TestContext.Current.CancellationToken);
            return;
        }

        var expected = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Golden", golden), TestContext.Current.CancellationToken);
        actual.Should().Be(expected.ReplaceLineEndings("\n"), $"the {format} report of {session} should match Golden/{golden}; first difference: {FirstDifference(expected, actual)}");
    }

    // The absolute path of the input (and its file URI) depends on the machine; nothing else may.
    private static string Normalize(string report, string input)
    {
        var uri = new Uri(input).AbsoluteUri;
        return report.ReplaceLineEndings("\n")
            .Replace(uri, "file:///" + InputPlaceholder, StringComparison.Ordinal)
            .Replace(input.Replace("\\", "\\\\", StringComparison.Ordinal), InputPlaceholder, StringComparison.Ordinal)
            .Replace(input, InputPlaceholder, StringComparison.Ordinal);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.ReplaceLineEndings("\n").Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end>";
            var right = i < a.Length ? a[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}: expected \"{left}\", got \"{right}\"";
            }
        }

        return "none";
    }
}
