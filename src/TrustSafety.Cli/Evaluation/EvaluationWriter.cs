using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TrustSafety.Assessment;

namespace TrustSafety.Cli.Evaluation;

/// <summary>Writes an <see cref="EvaluationReport"/> as text, markdown or JSON (docs/eval.schema.json). Deterministic.</summary>
internal static class EvaluationWriter
{
    public static string ToText(EvaluationReport report) => Tables(report, markdown: false);

    public static string ToMarkdown(EvaluationReport report) => Tables(report, markdown: true);

    public static string ToJson(EvaluationReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("schemaVersion", "1.0");
            json.WriteString("folder", report.Folder);
            json.WriteNumber("files", report.Files);
            json.WriteNumber("timedFiles", report.TimedFiles);
            json.WriteNumber("coachTurns", report.CoachTurns);
            json.WriteStartArray("markers");
            foreach (var m in report.Markers)
            {
                json.WriteStartObject();
                json.WriteString("id", m.Id);
                json.WriteString("polarity", m.Polarity);
                json.WriteBoolean("hasDetector", m.HasDetector);
                WriteCounts(json, m.Counts);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteGroups(json, "behaviours", report.Behaviours);
            WriteGroups(json, "pccMarkers", report.PccMarkers);
            json.WriteStartObject("micro");
            WriteCounts(json, report.Micro);
            json.WriteEndObject();
            json.WriteStartObject("macro");
            json.WriteNumber("markers", report.Macro.Markers);
            WriteRatio(json, "precision", report.Macro.Precision);
            WriteRatio(json, "recall", report.Macro.Recall);
            WriteRatio(json, "f1", report.Macro.F1);
            json.WriteEndObject();
            json.WriteStartArray("session");
            foreach (var s in report.Session)
            {
                json.WriteStartObject();
                json.WriteString("id", s.Id);
                json.WriteBoolean("hasDetector", s.HasDetector);
                json.WriteNumber("judged", s.Judged);
                json.WriteNumber("agreed", s.Agreed);
                WriteRatio(json, "agreement", s.Agreement);
                WriteCounts(json, s.Counts);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteLevels(json, report.Levels);
            WriteExamples(json, "falsePositives", report.FalsePositives);
            WriteExamples(json, "falseNegatives", report.FalseNegatives);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteLevels(Utf8JsonWriter json, LevelAgreement levels)
    {
        json.WriteStartObject("levels");
        foreach (var (name, scores) in new[] { ("rows", levels.Rows), ("pooled", levels.Pooled) })
        {
            json.WriteStartArray(name);
            foreach (var score in scores)
            {
                json.WriteStartObject();
                json.WriteString("row", score.Row);
                json.WriteNumber("judged", score.Judged);
                json.WriteNumber("agreed", score.Agreed);
                WriteRatio(json, "agreement", score.Agreement);
                if (score.Kappa is { } kappa)
                {
                    json.WriteNumber("kappa", Math.Round(kappa, 4));
                }
                else
                {
                    json.WriteNull("kappa");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartArray("confusion");
        foreach (var cell in levels.Confusion)
        {
            json.WriteStartObject();
            json.WriteString("gold", EvidenceLevelNames.ToName(cell.Gold));
            json.WriteString("predicted", EvidenceLevelNames.ToName(cell.Predicted));
            json.WriteNumber("count", cell.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteGroups(Utf8JsonWriter json, string name, IEnumerable<GroupScore> groups)
    {
        json.WriteStartArray(name);
        foreach (var g in groups)
        {
            json.WriteStartObject();
            json.WriteString("code", g.Code);
            json.WriteString("polarity", g.Polarity);
            WriteCounts(json, g.Counts);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCounts(Utf8JsonWriter json, Confusion counts)
    {
        json.WriteNumber("truePositives", counts.TruePositives);
        json.WriteNumber("falsePositives", counts.FalsePositives);
        json.WriteNumber("falseNegatives", counts.FalseNegatives);
        WriteRatio(json, "precision", counts.Precision);
        WriteRatio(json, "recall", counts.Recall);
        WriteRatio(json, "f1", counts.F1);
    }

    private static void WriteRatio(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Math.Round(v, 4));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteExamples(Utf8JsonWriter json, string name, IEnumerable<Example> examples)
    {
        json.WriteStartArray(name);
        foreach (var e in examples)
        {
            json.WriteStartObject();
            json.WriteString("file", e.File);
            json.WriteNumber("turnIndex", e.Turn);
            json.WriteString("id", e.Id);
            json.WriteString("quote", e.Quote);
            WriteRatio(json, "confidence", e.Confidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Tables(EvaluationReport r, bool markdown)
    {
        var text = new StringBuilder();
        var heading = markdown ? "### " : string.Empty;
        text.AppendLine(CultureInfo.InvariantCulture, $"{(markdown ? "## " : string.Empty)}Evaluation of {r.Folder}: {r.Files} transcripts ({r.TimedFiles} timed), {r.CoachTurns} coach turns");
        text.AppendLine();
        text.AppendLine($"{heading}Per marker (turn level)");
        var table = new Table(markdown, "marker", "polarity", "gold", "TP", "FP", "FN", "precision", "recall", "F1", "note");
        foreach (var m in r.Markers)
        {
            table.Add([m.Id, m.Polarity, .. Counts(m.Counts), m.HasDetector ? string.Empty : "not evaluated"]);
        }

        table.Add(["micro", string.Empty, .. Counts(r.Micro), "markers with a detector"]);
        table.Add(["macro", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, Ratio(r.Macro.Precision), Ratio(r.Macro.Recall), Ratio(r.Macro.F1), $"mean over {r.Macro.Markers} marker(s) with a detector and gold positives"]);
        table.WriteTo(text);

        foreach (var (title, groups) in new[] { ("Per behaviour", r.Behaviours), ("Per PCC marker", r.PccMarkers) })
        {
            text.AppendLine();
            text.AppendLine($"{heading}{title} (markers with a detector)");
            var groupTable = new Table(markdown, "code", "polarity", "gold", "TP", "FP", "FN", "precision", "recall", "F1");
            foreach (var g in groups)
            {
                groupTable.Add([g.Code, g.Polarity, .. Counts(g.Counts)]);
            }

            if (groups.IsEmpty)
            {
                text.AppendLine("(nothing to score yet)");
            }
            else
            {
                groupTable.WriteTo(text);
            }
        }

        text.AppendLine();
        text.AppendLine($"{heading}Session level");
        var session = new Table(markdown, "marker", "judged", "agreed", "agreement", "TP", "FP", "FN", "note");
        foreach (var s in r.Session)
        {
            session.Add([s.Id, Number(s.Judged), Number(s.Agreed), Ratio(s.Agreement), Number(s.Counts.TruePositives), Number(s.Counts.FalsePositives), Number(s.Counts.FalseNegatives), s.HasDetector ? string.Empty : "not evaluated"]);
        }

        session.WriteTo(text);
        WriteLevels(text, heading, markdown, r.Levels);
        WriteExamples(text, heading, "Most confident false positives", r.FalsePositives);
        WriteExamples(text, heading, "Missed gold markers (false negatives)", r.FalseNegatives);
        return text.ToString();
    }

    private static void WriteLevels(StringBuilder text, string heading, bool markdown, LevelAgreement levels)
    {
        text.AppendLine();
        text.AppendLine($"{heading}Evidence levels against the assessor's judgements");
        if (levels.Rows.IsEmpty)
        {
            text.AppendLine("(no gold file gives \"levels\")");
            return;
        }

        var table = new Table(markdown, "row", "judged", "agreed", "agreement", "kappa");
        foreach (var score in levels.Rows.Concat(levels.Pooled))
        {
            table.Add([score.Row, Number(score.Judged), Number(score.Agreed), Ratio(score.Agreement), score.Kappa is { } k ? k.ToString("0.00", CultureInfo.InvariantCulture) : "-"]);
        }

        table.WriteTo(text);
        text.AppendLine();
        var names = EvidenceLevelNames.Levels.Select(EvidenceLevelNames.ToName).ToArray();
        var confusion = new Table(markdown, ["gold \\ predicted", .. names]);
        foreach (var gold in EvidenceLevelNames.Levels)
        {
            confusion.Add([EvidenceLevelNames.ToName(gold), .. EvidenceLevelNames.Levels.Select(p => Number(levels.Confusion.SingleOrDefault(c => c.Gold == gold && c.Predicted == p)?.Count ?? 0))]);
        }

        confusion.WriteTo(text);
    }

    private static void WriteExamples(StringBuilder text, string heading, string title, IEnumerable<Example> examples)
    {
        text.AppendLine();
        text.AppendLine($"{heading}{title}");
        var any = false;
        foreach (var e in examples)
        {
            any = true;
            var confidence = e.Confidence is { } c ? string.Create(CultureInfo.InvariantCulture, $" ({c:0.00})") : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"- {e.Id}{confidence} {e.File} turn {e.Turn}: \"{e.Quote}\"");
        }

        if (!any)
        {
            text.AppendLine("(none)");
        }
    }

    private static string[] Counts(Confusion c) =>
        [Number(c.Gold), Number(c.TruePositives), Number(c.FalsePositives), Number(c.FalseNegatives), Ratio(c.Precision), Ratio(c.Recall), Ratio(c.F1)];

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Ratio(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    /// <summary>A table printed with aligned columns, or as a markdown pipe table.</summary>
    private sealed class Table(bool markdown, params string[] headers)
    {
        private static readonly string[] TextColumns = ["marker", "polarity", "code", "note", "row", "gold \\ predicted"];
        private readonly List<string[]> _rows = [];

        public void Add(string[] row) => _rows.Add(row);

        public void WriteTo(StringBuilder text)
        {
            if (markdown)
            {
                text.AppendLine("| " + string.Join(" | ", headers) + " |");
                text.AppendLine("|" + string.Concat(headers.Select(h => TextColumns.Contains(h) ? " --- |" : " ---: |")));
                foreach (var row in _rows)
                {
                    text.AppendLine("| " + string.Join(" | ", row) + " |");
                }

                return;
            }

            var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
            text.AppendLine(string.Join("  ", headers.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
            foreach (var row in _rows)
            {
                text.AppendLine(string.Join("  ", row.Select((c, i) => TextColumns.Contains(headers[i]) ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd());
            }
        }
    }
}
