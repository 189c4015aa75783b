using System.Globalization;
using System.Text;
using TrustSafety.Analysis;
using TrustSafety.Configuration;
using TrustSafety.Diagnostics;
using TrustSafety.Markers;
using TrustSafety.Transcripts;

namespace TrustSafety.Cli;

/// <summary>
/// Writes an <see cref="AnalysisResult"/> as a plain-text report for people: the transcript, the session
/// figures, each reported marker with its message and quote, then the diagnostics. Deterministic, in the
/// invariant culture, without colour.
/// </summary>
internal static class TextReportWriter
{
    private const string Indent = "  ";
    private const string UnknownTime = "--:--:--";
    private const int MaxQuoteLength = 240;

    /// <summary>Writes the report.</summary>
    /// <param name="result">The result.</param>
    /// <param name="writer">Where to write it.</param>
    public static void Write(AnalysisResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var text = new StringBuilder();
        WriteHeader(result, text);
        WriteSpeakers(result.Transcript, text);
        WriteFigures(result, text);
        WriteMarkers(result, text);
        WriteDiagnostics(result, text);
        writer.Write(text.ToString().ReplaceLineEndings(writer.NewLine));
    }

    /// <summary>Formats a time in the recording as hh:mm:ss, or <c>--:--:--</c> when unknown.</summary>
    /// <param name="time">The time.</param>
    /// <returns>The formatted time.</returns>
    public static string FormatTime(TimeSpan? time) => time is { } t && t >= TimeSpan.Zero
        ? Invariant($"{(int)t.TotalHours:00}:{t.Minutes:00}:{t.Seconds:00}")
        : UnknownTime;

    private static void WriteHeader(AnalysisResult result, StringBuilder text)
    {
        var transcript = result.Transcript;
        text.AppendLine(Invariant($"{result.Tool.Name} {result.Tool.Version} report, ICF Core Competency 4 ({result.CatalogVersion})"));
        text.AppendLine();
        text.AppendLine(Invariant($"Source:           {transcript.Source.Name ?? "<memory>"}"));
        text.AppendLine(Invariant($"Format:           {transcript.Source.Format}"));
        text.AppendLine(Invariant($"Role assignment:  {Describe(transcript.RoleAssignment)}"));
        if (result.IsPartial)
        {
            text.AppendLine("Partial result:   some detectors did not finish in time (see TS0002 below).");
        }
    }

    private static void WriteSpeakers(Transcript transcript, StringBuilder text)
    {
        text.AppendLine();
        text.AppendLine("Speakers");
        var rows = transcript.Speakers
            .Select(s => (Name: s.Id == s.Name ? s.Name : Invariant($"{s.Name} ({s.Id})"), Role: s.Role.ToString().ToLowerInvariant(), Turns: transcript.Turns.Count(t => t.Speaker.Id == s.Id)))
            .ToList();
        if (rows.Count == 0)
        {
            text.AppendLine(Indent + "none");
            return;
        }

        var nameWidth = rows.Max(r => r.Name.Length);
        var roleWidth = rows.Max(r => r.Role.Length);
        foreach (var (name, role, turns) in rows)
        {
            text.AppendLine(Invariant($"{Indent}{name.PadRight(nameWidth)}  {role.PadRight(roleWidth)}  {turns} {(turns == 1 ? "turn" : "turns")}"));
        }
    }

    private static void WriteFigures(AnalysisResult result, StringBuilder text)
    {
        double? Figure(string name) => result.Figures.GetValueOrDefault(name);
        text.AppendLine();
        text.AppendLine("Figures");
        text.AppendLine(Invariant($"{Indent}Turns:                  {Figure(SessionFigures.Turns):0} (coach {Figure(SessionFigures.CoachTurns):0}, client {Figure(SessionFigures.ClientTurns):0})"));
        text.AppendLine(Invariant($"{Indent}Words:                  coach {Figure(SessionFigures.CoachWords):0}, client {Figure(SessionFigures.ClientWords):0}"));
        text.AppendLine(Invariant($"{Indent}Coach word share:       {Percent(Figure(SessionFigures.CoachWordShare))}"));
        if (Figure(SessionFigures.CoachTalkTimeShare) is { } talkTime)
        {
            text.AppendLine(Invariant($"{Indent}Coach talk-time share:  {Percent(talkTime)}"));
        }

        if (Figure(SessionFigures.DurationSeconds) is { } duration)
        {
            text.AppendLine(Invariant($"{Indent}Duration:               {FormatTime(TimeSpan.FromSeconds(duration))}"));
        }
    }

    private static void WriteMarkers(AnalysisResult result, StringBuilder text)
    {
        var markers = result.ReportedMarkers.ToList();
        text.AppendLine();
        if (markers.Count == 0)
        {
            text.AppendLine("Markers: none");
            return;
        }

        var counts = markers.GroupBy(m => m.Severity).OrderByDescending(g => g.Key).Select(g => Invariant($"{g.Count()} {SeverityNames.ToName(g.Key)}"));
        text.AppendLine(Invariant($"Markers: {markers.Count} ({string.Join(", ", counts)})"));
        var whereWidth = markers.Max(m => Where(m.Location).Length);
        var idWidth = markers.Max(m => m.Id.Length);
        var severityWidth = markers.Max(m => SeverityNames.ToName(m.Severity).Length);
        var detailIndent = Indent + new string(' ', UnknownTime.Length + 2);
        foreach (var marker in markers)
        {
            var location = marker.Location;
            text.AppendLine(Invariant(
                $"{Indent}{FormatTime(location.Start)}  {Where(location).PadRight(whereWidth)}  {marker.Id.PadRight(idWidth)} {SeverityNames.ToName(marker.Severity).PadRight(severityWidth)}  ({marker.Confidence:0.00})  {marker.Descriptor.Title}"));
            text.AppendLine(Invariant($"{detailIndent}{marker.Message}"));
            var quote = result.Quote(location);
            if (quote.Length > 0)
            {
                text.AppendLine(Invariant($"{detailIndent}\"{Shorten(quote)}\""));
            }
        }
    }

    private static void WriteDiagnostics(AnalysisResult result, StringBuilder text)
    {
        text.AppendLine();
        if (result.Diagnostics.IsEmpty)
        {
            text.AppendLine("Diagnostics: none");
            return;
        }

        text.AppendLine(Invariant($"Diagnostics: {result.Diagnostics.Length}"));
        foreach (var diagnostic in result.Diagnostics)
        {
            var where = Where(diagnostic.Location);
            text.AppendLine(Invariant($"{Indent}{diagnostic.Id} {SeverityNames.ToName(diagnostic.Severity)}  {(where.Length > 0 ? where + ": " : string.Empty)}{diagnostic.Message}"));
        }
    }

    private static string Describe(RoleAssignmentMode mode) => mode switch
    {
        RoleAssignmentMode.Explicit => "explicit (named with --coach/--client)",
        RoleAssignmentMode.Named => "named (from the speaker names or the file)",
        RoleAssignmentMode.Heuristic => "heuristic (guessed; see TS0003)",
        _ => "none (no coach identified)",
    };

    private static string Where(MarkerLocation location) => location.TurnIndex is { } turn ? Invariant($"turn {turn}") : "session";

    private static string Where(DiagnosticLocation? location)
    {
        if (location is null)
        {
            return string.Empty;
        }

        var parts = new List<string>();
        if (location.Line is { } line)
        {
            parts.Add(location.Column is { } column ? Invariant($"line {line}, column {column}") : Invariant($"line {line}"));
        }

        if (location.TurnIndex is { } turn)
        {
            parts.Add(Invariant($"turn {turn}"));
        }

        return string.Join(", ", parts);
    }

    private static string Percent(double? share) => share is { } s ? Invariant($"{s * 100:0.0}%") : "unknown";

    /// <summary>Puts a quote on one line and shortens a long one (the JSON report has it in full).</summary>
    private static string Shorten(string quote)
    {
        var oneLine = string.Join(' ', quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= MaxQuoteLength ? oneLine : string.Concat(oneLine.AsSpan(0, MaxQuoteLength - 3).TrimEnd(), "...");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
