using System.Globalization;
using System.Text;
using TrustSafety.Analysis;
using TrustSafety.Assessment;
using TrustSafety.Markers;
using TrustSafety.Transcripts;

namespace TrustSafety.Cli;

/// <summary>
/// Analyses many transcripts in parallel, writes one report per session under the output folder
/// (mirroring each input's relative path, named after it: <c>a/s01.vtt</c> → <c>a/s01.json</c>) and a
/// summary of the evidence levels (<c>summary.csv</c>, <c>summary.txt</c>). An input that cannot be read
/// is reported on standard error and the others are still analysed; the exit code is then 2.
/// </summary>
internal sealed class BatchAnalysis(SessionAnalysis session, TextWriter output, TextWriter error)
{
    private readonly Lock _gate = new();

    public async Task<int> RunAsync(IReadOnlyList<InputFiles.Input> inputs, string outFolder, Severity? failOn, int parallelism, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(outFolder);
        var rows = new List<(string File, AnalysisResult Result)>();
        var failures = new List<string>();
        var done = 0;
        await Parallel.ForEachAsync(inputs, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (input, token) =>
        {
            string? problem = null;
            AnalysisResult? result = null;
            try
            {
                (result, var report) = await session.RunAsync(input.FullPath, token).ConfigureAwait(false);
                var target = Path.Combine(outFolder, Path.ChangeExtension(input.RelativePath, ReportFormats.Extension(session.Format)));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await File.WriteAllTextAsync(target, report, token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is TranscriptFormatException or CliInputException or IOException or UnauthorizedAccessException)
            {
                problem = e.Message;
            }

            lock (_gate)
            {
                done++;
                if (result is not null)
                {
                    rows.Add((input.RelativePath, result));
                }

                if (problem is not null)
                {
                    failures.Add(problem);
                    error.WriteLine($"error: {problem}");
                }

                error.WriteLine($"[{done}/{inputs.Count}] {input.RelativePath}{(problem is null ? string.Empty : " (failed)")}");
            }
        }).ConfigureAwait(false);

        rows.Sort((a, b) => string.CompareOrdinal(a.File, b.File));
        await File.WriteAllTextAsync(Path.Combine(outFolder, "summary.csv"), Csv(rows), cancellationToken).ConfigureAwait(false);
        var table = Table(rows);
        await File.WriteAllTextAsync(Path.Combine(outFolder, "summary.txt"), table, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(table).ConfigureAwait(false);
        await output.WriteLineAsync($"{rows.Count} report(s) written to {outFolder}; {failures.Count} input(s) could not be read.").ConfigureAwait(false);

        if (failures.Count > 0)
        {
            return ExitCodes.BadInput;
        }

        return failOn is { } threshold && rows.Any(r => r.Result.ReportedMarkers.Any(m => m.Severity >= threshold)) ? ExitCodes.FindingsAtFailOn : ExitCodes.Success;
    }

    private static readonly string[] Columns = ["file", "turns", "coachWordShare", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "overall", "evidence", "redFlags"];

    private static IEnumerable<string[]> Cells(List<(string File, AnalysisResult Result)> rows) => rows.Select(r => new[]
    {
        r.File,
        r.Result.Transcript.Turns.Length.ToString(CultureInfo.InvariantCulture),
        (r.Result.Figures.GetValueOrDefault(SessionFigures.CoachWordShare) ?? 0).ToString("0.00", CultureInfo.InvariantCulture),
    }.Concat(r.Result.Assessment.Behaviours.Select(b => EvidenceLevelNames.ToName(b.Level))).Concat(
    [
        EvidenceLevelNames.ToName(r.Result.Assessment.Overall.Level),
        r.Result.Assessment.Overall.EvidenceCount.ToString(CultureInfo.InvariantCulture),
        r.Result.Assessment.Overall.RedFlagCount.ToString(CultureInfo.InvariantCulture),
    ]).ToArray());

    private static string Csv(List<(string File, AnalysisResult Result)> rows)
    {
        var text = new StringBuilder(string.Join(',', Columns)).Append('\n');
        foreach (var cells in Cells(rows))
        {
            text.Append(string.Join(',', cells.Select(c => c.Contains(',', StringComparison.Ordinal) || c.Contains('"', StringComparison.Ordinal) ? $"\"{c.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : c))).Append('\n');
        }

        return text.ToString();
    }

    private static string Table(List<(string File, AnalysisResult Result)> rows)
    {
        var all = new List<string[]> { Columns };
        all.AddRange(Cells(rows));
        var widths = Columns.Select((_, i) => all.Max(r => r[i].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in all)
        {
            text.Append(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd()).Append('\n');
        }

        return text.ToString();
    }
}
