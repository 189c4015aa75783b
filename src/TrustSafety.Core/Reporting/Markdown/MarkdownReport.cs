using System.Globalization;
using System.Text;
using TrustSafety.Analysis;
using TrustSafety.Assessment;
using TrustSafety.Markers;

namespace TrustSafety.Reporting.Markdown;

/// <summary>
/// Writes an <see cref="AnalysisResult"/> as a markdown report a mentor coach can paste into feedback:
/// the evidence level per behaviour and PCC marker, the talk figures, then the evidence and red flags
/// grouped by behaviour, each with its time, turn and quote. Worded as evidence, never as a verdict.
/// </summary>
public static class MarkdownReport
{
    /// <summary>Returns the markdown report of a result.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The markdown text.</returns>
    public static string ToMarkdown(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        var source = result.Transcript.Source.Name is { } name ? Path.GetFileName(name) : "session";
        Line(text, $"# Trust and safety evidence: {source}");
        Line(text, string.Empty);
        Line(text, $"ICF Core Competency 4, Cultivates Trust and Safety ({result.CatalogVersion}). These are pointers to moments worth listening to, found by {result.Tool.Name} {result.Tool.Version}; they are evidence, not a credential verdict.");
        if (result.IsPartial)
        {
            Line(text, string.Empty);
            Line(text, "> Some detectors did not finish (see the notes at the end); this report is partial.");
        }

        Line(text, string.Empty);
        Line(text, "## Evidence by behaviour");
        Line(text, string.Empty);
        Table(text, result.Assessment.Behaviours);
        Line(text, string.Empty);
        Line(text, "## Evidence by PCC marker");
        Line(text, string.Empty);
        Table(text, result.Assessment.PccMarkers);
        Line(text, string.Empty);
        Line(text, $"Overall: **{EvidenceLevelNames.ToText(result.Assessment.Overall.Level)}** ({result.Assessment.Overall.EvidenceCount} evidence, {result.Assessment.Overall.RedFlagCount} red flags).");
        Line(text, string.Empty);
        Line(text, "## Talk and silence");
        Line(text, string.Empty);
        foreach (var (figure, label) in Figures)
        {
            if (result.Figures.TryGetValue(figure, out var value) && value is { } v)
            {
                Line(text, $"- {label}: {Format(figure, v)}");
            }
        }

        Line(text, string.Empty);
        Line(text, "## Moments");
        var markers = result.ReportedMarkers.ToList();
        if (markers.Count == 0)
        {
            Line(text, string.Empty);
            Line(text, "No marker was found.");
        }

        foreach (var group in markers.GroupBy(m => m.Descriptor.Behaviours.IsEmpty ? "competency" : m.Descriptor.Behaviours[0]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Line(text, string.Empty);
            var title = Competency.Behaviours.TryGetValue(group.Key, out var behaviour) ? $"{group.Key} {behaviour}" : "The conversation as a whole";
            Line(text, $"### {title}");
            Line(text, string.Empty);
            foreach (var marker in group)
            {
                var kind = marker.Descriptor.Polarity == Polarity.Evidence ? "Evidence" : "Red flag";
                var where = marker.Location.TurnIndex is { } turn ? $"{Time(marker.Location.Start)}, turn {turn}" : "whole session";
                var quote = result.Quote(marker.Location);
                Line(text, $"- **{kind}, {marker.Descriptor.Title}** ({marker.Id}, {where}): {marker.Message}{(quote.Length > 0 ? $" — \"{quote}\"" : string.Empty)}");
            }
        }

        if (!result.Diagnostics.IsEmpty)
        {
            Line(text, string.Empty);
            Line(text, "## Notes on the analysis");
            Line(text, string.Empty);
            foreach (var diagnostic in result.Diagnostics)
            {
                Line(text, $"- {diagnostic.Id}: {diagnostic.Message}");
            }
        }

        return text.ToString();
    }

    private static readonly (string Figure, string Label)[] Figures =
    [
        (SessionFigures.CoachWordShare, "Coach share of the words"),
        (SessionFigures.CoachTalkTimeShare, "Coach share of the talk time"),
        ("coachQuestions", "Coach questions"),
        ("openQuestionShare", "Open questions"),
        ("silenceAfterQuestionsMedianSeconds", "Median silence after a question"),
        ("longestCoachTurnWords", "Longest coach turn (words)"),
        ("interruptions", "Interruptions"),
    ];

    private static void Table(StringBuilder text, IEnumerable<AssessmentRow> rows)
    {
        Line(text, "| code | behaviour | level | evidence | red flags | strongest evidence |");
        Line(text, "| --- | --- | --- | ---: | ---: | --- |");
        foreach (var row in rows)
        {
            var top = row.TopEvidence.FirstOrDefault();
            var quote = top is null ? string.Empty : $"\"{Escape(top.Quote)}\" ({Time(top.Start)})";
            Line(text, $"| {row.Code} | {Escape(row.Title)} | {EvidenceLevelNames.ToText(row.Level)} | {row.EvidenceCount} | {row.RedFlagCount} | {quote} |");
        }
    }

    private static string Format(string figure, double value) =>
        figure.EndsWith("Share", StringComparison.Ordinal) ? value.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", string.Empty, StringComparison.Ordinal)
        : figure.EndsWith("Seconds", StringComparison.Ordinal) ? value.ToString("0.0", CultureInfo.InvariantCulture) + " s"
        : value.ToString("0", CultureInfo.InvariantCulture);

    private static string Time(TimeSpan? time) => time is { } t ? t.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "untimed";

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
