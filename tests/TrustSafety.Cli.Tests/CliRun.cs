using System.Globalization;
using System.Text.Json;

namespace TrustSafety.Cli.Tests;

/// <summary>The outcome of running the tool in process: its exit code and what it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Gets the path of the sample session copied to the test output.</summary>
    public static string SampleSession { get; } = Path.Combine(AppContext.BaseDirectory, "Seeds", "sample-session.txt");

    /// <summary>Gets the path of the sample detectors assembly (SMPL0001).</summary>
    public static string SampleDetectorsAssembly { get; } = typeof(Samples.Detectors.PermissionAskingDetector).Assembly.Location;

    /// <summary>Runs the tool with arguments, capturing standard output and standard error.</summary>
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = await CliApplication.RunAsync(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Parses standard output as JSON.</summary>
    public JsonDocument Json() => JsonDocument.Parse(Output);

    /// <summary>Gets the IDs of the markers in a JSON report.</summary>
    public IReadOnlyList<string> JsonMarkerIds()
    {
        using var json = Json();
        return [.. json.RootElement.GetProperty("markers").EnumerateArray().Select(m => m.GetProperty("id").GetString()!)];
    }
}
