using System.Globalization;
using System.Text;
using TrustSafety.Analysis;
using TrustSafety.Assessment;
using TrustSafety.Configuration;
using TrustSafety.Diagnostics;
using TrustSafety.Markers;
using TrustSafety.Transcripts;

namespace TrustSafety.Reporting.Text;

/// <summary>
/// Writes an <see cref="AnalysisResult"/> as a text report for a terminal: the transcript, the session
/// figures, the evidence level per behaviour and PCC marker, then each reported marker grouped by
/// behaviour with its time, message and quote, and the diagnostics. Deterministic, in the invariant
/// culture; coloured with ANSI escape codes only when <see cref="TextReportOptions.Colour"/> is set.
/// </summary>
public static class TextReport
{
    private const string Indent = "  ";
    private const string UnknownTime = "--:--:--";
    private const int MaxQuoteLength = 240;

    /// <summary>Returns the text report of a result, with <c>\n</c> line ends.</summary>
    /// <param name="result">The result.</param>
    /// <param name="options">How to write it; <see langword="null"/> for plain text.</param>
    /// <returns>The report.</returns>
    public static string ToText(AnalysisResult result, TextReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var style = new Style(options?.Colour ?? false);
        var text = new StringBuilder();
        WriteHeader(result, text, style);
        WriteSpeakers(result.Transcript, text);
        WriteFigures(result, text);
        WriteLevels(result.Assessment, text, style);
        WriteMarkers(result, text, style);
        WriteDiagnostics(result, text);
        return text.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>Formats a time in the recording as hh:mm:ss, or <c>--:--:--</c> when unknown.</summary>
    /// <param name="time">The time.</param>
    /// <returns>The formatted time.</returns>
    public static string FormatTime(TimeSpan? time) => time is { } t && t >= TimeSpan.Zero
        ? Invariant($"{(int)t.TotalHours:00}:{t.Minutes:00}:{t.Seconds:00}")
        : UnknownTime;

    private static void WriteHeader(AnalysisResult result, StringBuilder text, Style style)
    {
        var transcript = result.Transcript;
        text.AppendLine(style.Bold(Invariant($"{result.Tool.Name} {result.Tool.Version} report, ICF Core Competency 4 ({result.CatalogVersion})")));
        text.AppendLine("Evidence to listen for, not a credential verdict.");
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

    private static void WriteLevels(SessionAssessment assessment, StringBuilder text, Style style)
    {
        text.AppendLine();
        text.AppendLine(style.Bold("Evidence levels"));
        var rows = assessment.Behaviours.Select(r => (Code: r.Code, Row: r))
            .Concat(assessment.PccMarkers.Select(r => (Code: "PCC " + r.Code, Row: r)))
            .Append((Code: "Overall", Row: assessment.Overall))
            .ToList();
        var codeWidth = rows.Max(r => r.Code.Length);
        var levelWidth = rows.Max(r => EvidenceLevelNames.ToText(r.Row.Level).Length);
        foreach (var (code, row) in rows)
        {
            var level = style.Level(row.Level, EvidenceLevelNames.ToText(row.Level).PadRight(levelWidth));
            var title = code == "Overall" ? "the competency, with the conversation as a whole" : row.Title;
            text.AppendLine(Invariant($"{Indent}{code.PadRight(codeWidth)}  {level}  {row.EvidenceCount,3} evidence {row.RedFlagCount,3} red flags  index {row.EvidenceIndex:0.00}  {title}"));
        }
    }

    private static void WriteMarkers(AnalysisResult result, StringBuilder text, Style style)
    {
        var markers = result.ReportedMarkers.ToList();
        text.AppendLine();
        if (markers.Count == 0)
        {
            text.AppendLine(style.Bold("Markers: none"));
            return;
        }

        var counts = markers.GroupBy(m => m.Severity).OrderByDescending(g => g.Key).Select(g => Invariant($"{g.Count()} {SeverityNames.ToName(g.Key)}"));
        text.AppendLine(style.Bold(Invariant($"Markers: {markers.Count} ({string.Join(", ", counts)}), by behaviour")));
        var whereWidth = markers.Max(m => Where(m.Location).Length);
        var idWidth = markers.Max(m => m.Id.Length);
        var severityWidth = markers.Max(m => SeverityNames.ToName(m.Severity).Length);
        var detailIndent = Indent + Indent + new string(' ', UnknownTime.Length + 2);

        // A marker is listed under each behaviour it bears on; competency-wide ones under the conversation as a whole.
        var groups = Competency.Behaviours
            .Select(b => (Title: $"{b.Key} {b.Value}", Markers: markers.Where(m => m.Descriptor.Behaviours.Contains(b.Key)).ToList()))
            .Append((Title: "The conversation as a whole", Markers: markers.Where(m => m.Descriptor.Behaviours.IsEmpty).ToList()))
            .Where(g => g.Markers.Count > 0);
        foreach (var (title, group) in groups)
        {
            text.AppendLine();
            text.AppendLine(Indent + style.Bold(title));
            foreach (var marker in group)
            {
                var location = marker.Location;
                var evidence = marker.Descriptor.Polarity == Polarity.Evidence;
                var id = style.Polarity(evidence, Invariant($"{(evidence ? '+' : '-')} {marker.Id.PadRight(idWidth)}"));
                text.AppendLine(Invariant(
                    $"{Indent}{Indent}{FormatTime(location.Start)}  {Where(location).PadRight(whereWidth)}  {id} {SeverityNames.ToName(marker.Severity).PadRight(severityWidth)}  ({marker.Confidence:0.00})  {marker.Descriptor.Title}"));
                text.AppendLine(Invariant($"{detailIndent}{marker.Message}"));
                var quote = result.Quote(location);
                if (quote.Length > 0 && !marker.Message.Contains(quote, StringComparison.Ordinal))
                {
                    text.AppendLine(detailIndent + style.Dim(Invariant($"\"{Shorten(quote)}\"")));
                }
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

    /// <summary>ANSI styling, or none. Applied after padding so columns stay aligned.</summary>
    private readonly struct Style(bool colour)
    {
        public string Bold(string text) => Wrap("1", text);

        public string Dim(string text) => Wrap("2", text);

        public string Polarity(bool evidence, string text) => Wrap(evidence ? "32" : "31", text);

        public string Level(EvidenceLevel level, string text) => Wrap(
            level switch
            {
                EvidenceLevel.Clear => "32",
                EvidenceLevel.Limited => "33",
                EvidenceLevel.Contradicted => "31",
                _ => "2",
            },
            text);

        private string Wrap(string code, string text) => colour ? $"\u001b[{code}m{text}\u001b[0m" : text;
    }
}
