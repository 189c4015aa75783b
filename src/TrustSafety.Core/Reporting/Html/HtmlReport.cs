using System.Globalization;
using System.Net;
using System.Text;
using TrustSafety.Analysis;
using TrustSafety.Assessment;
using TrustSafety.Markers;
using TrustSafety.Transcripts;

namespace TrustSafety.Reporting.Html;

/// <summary>
/// Writes an <see cref="AnalysisResult"/> as one self-contained HTML file (no external scripts, fonts or
/// requests): an SVG timeline of the session (who talks when, the silences, each marker as a mark whose
/// tooltip quotes the evidence), the talk figures, the behaviour and PCC table, and the moments with
/// quotes. Worded as evidence, never as a verdict.
/// </summary>
public static class HtmlReport
{
    private const int Width = 1000;
    private const int Left = 70;

    /// <summary>Returns the HTML report of a result.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The HTML document.</returns>
    public static string ToHtml(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var html = new StringBuilder();
        var name = result.Transcript.Source.Name is { } source ? Path.GetFileName(source) : "session";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>Trust and safety evidence: {E(name)}</title>\n");
        html.Append("<style>\nbody{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:1060px;color:#1d2330;line-height:1.45}\n")
            .Append("h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d8dce5;padding-bottom:.3rem}\n")
            .Append(".meta{color:#5b6475;font-size:.9rem}.cards{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1rem}\n")
            .Append(".card{border:1px solid #d8dce5;border-radius:8px;padding:.6rem .9rem;min-width:130px}.card b{display:block;font-size:1.3rem}\n")
            .Append("table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e6e8ee;vertical-align:top}\n")
            .Append(".clear{color:#176b3a;font-weight:600}.limited{color:#8a6100}.contradicted{color:#a3262a;font-weight:600}.notObserved{color:#7a8294}\n")
            .Append(".evidence{color:#176b3a}.redFlag{color:#a3262a}blockquote{margin:.2rem 0 .6rem 1rem;color:#394152}\n")
            .Append("svg text{font-size:11px;fill:#5b6475}\n</style>\n</head>\n<body>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>Trust and safety evidence: {E(name)}</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">ICF Core Competency 4, Cultivates Trust and Safety ({E(result.CatalogVersion)}) &middot; {E(result.Transcript.Source.Format)} transcript &middot; roles {E(result.Transcript.RoleAssignment.ToString().ToLowerInvariant())} &middot; {E(result.Tool.Name)} {E(result.Tool.Version)}. These marks point at moments worth listening to; they are evidence, not a credential verdict.</p>\n");
        Cards(html, result);
        html.Append("<h2>Timeline</h2>\n");
        Timeline(html, result);
        html.Append("<h2>Evidence by behaviour and PCC marker</h2>\n");
        Assessment(html, result.Assessment);
        html.Append("<h2>Moments</h2>\n");
        Moments(html, result);
        if (!result.Diagnostics.IsEmpty)
        {
            html.Append("<h2>Notes on the analysis</h2>\n<ul>\n");
            foreach (var d in result.Diagnostics)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(d.Id)}: {E(d.Message)}</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Cards(StringBuilder html, AnalysisResult result)
    {
        html.Append("<div class=\"cards\">\n");
        foreach (var (figure, label, percent) in new[]
        {
            (SessionFigures.CoachWordShare, "coach share of words", true),
            (SessionFigures.CoachTalkTimeShare, "coach share of talk time", true),
            ("silenceAfterQuestionsMedianSeconds", "median silence after a question (s)", false),
            ("coachQuestions", "coach questions", false),
            ("openQuestionShare", "open questions", true),
            ("interruptions", "interruptions", false),
        })
        {
            if (result.Figures.TryGetValue(figure, out var value) && value is { } v)
            {
                var text = percent ? (v * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : v.ToString("0.#", CultureInfo.InvariantCulture);
                html.Append(CultureInfo.InvariantCulture, $"<div class=\"card\"><b>{text}</b>{E(label)}</div>\n");
            }
        }

        html.Append("</div>\n");
    }

    /// <summary>One lane per role; time on the x axis when every turn has a start, else cumulative words.</summary>
    private static void Timeline(StringBuilder html, AnalysisResult result)
    {
        var turns = result.Transcript.Turns;
        var timed = turns.All(t => t.Start is not null);
        var words = turns.Select(t => Math.Max(1, result.Transcript.TextAnalysis[t.Index].WordCount)).ToArray();
        var spans = new (double Start, double End)[turns.Length];
        double cursor = 0;
        for (var i = 0; i < turns.Length; i++)
        {
            if (timed)
            {
                var start = turns[i].Start!.Value.TotalSeconds;
                var end = turns[i].End?.TotalSeconds ?? (i + 1 < turns.Length ? turns[i + 1].Start!.Value.TotalSeconds : start + (words[i] * 0.4));
                spans[i] = (start, Math.Max(end, start + 0.2));
            }
            else
            {
                spans[i] = (cursor, cursor + words[i]);
                cursor += words[i];
            }
        }

        var min = spans.Length == 0 ? 0 : spans.Min(s => s.Start);
        var max = spans.Length == 0 ? 1 : Math.Max(spans.Max(s => s.End), min + 1);
        double X(double v) => Left + ((v - min) / (max - min) * (Width - Left - 10));
        var lanes = new[] { (SpeakerRole.Coach, "coach", 40, "#3b6fd6"), (SpeakerRole.Client, "client", 80, "#8c5ac8"), (SpeakerRole.Other, "other", 120, "#9aa1ae") };
        html.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} 170\" width=\"100%\" role=\"img\" aria-label=\"Session timeline\">\n");
        foreach (var (_, label, y, _) in lanes)
        {
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{y + 13}\">{label}</text><line x1=\"{Left}\" y1=\"{y + 9}\" x2=\"{Width - 10}\" y2=\"{y + 9}\" stroke=\"#eef0f4\"/>\n");
        }

        for (var i = 0; i < turns.Length; i++)
        {
            var (_, _, y, colour) = lanes.FirstOrDefault(l => l.Item1 == turns[i].Role, lanes[2]);
            var x = X(spans[i].Start);
            var w = Math.Max(1.5, X(spans[i].End) - x);
            var tip = $"turn {i} {turns[i].Speaker.Name} {Clock(turns[i].Start)}: {Shorten(turns[i].Text, 160)}";
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(x)}\" y=\"{y}\" width=\"{F(w)}\" height=\"18\" rx=\"2\" fill=\"{colour}\" opacity=\"0.75\"><title>{E(tip)}</title></rect>\n");
        }

        foreach (var marker in result.ReportedMarkers.Where(m => m.Location.TurnIndex is not null))
        {
            var index = marker.Location.TurnIndex!.Value;
            var at = timed && marker.Location.Start is { } s ? s.TotalSeconds : spans[index].Start;
            var evidence = marker.Descriptor.Polarity == Polarity.Evidence;
            var y = evidence ? 18 : 150;
            var tip = $"{marker.Id} {marker.Descriptor.Title} ({Clock(marker.Location.Start)}, turn {index}): \"{Shorten(result.Quote(marker.Location), 200)}\"";
            var shape = evidence
                ? $"<circle cx=\"{F(X(at))}\" cy=\"{y}\" r=\"6\" fill=\"#2e9e5b\">"
                : $"<path d=\"M{F(X(at))} {y - 7} l7 12 h-14 z\" fill=\"#d04a4f\">";
            html.Append(shape).Append("<title>").Append(E(tip)).Append("</title>").Append(evidence ? "</circle>\n" : "</path>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"168\">{(timed ? Clock(TimeSpan.FromSeconds(min)) : "start")}</text><text x=\"{Width - 70}\" y=\"168\">{(timed ? Clock(TimeSpan.FromSeconds(max)) : $"{cursor:0} words")}</text>\n");
        html.Append("</svg>\n<p class=\"meta\">Bars are turns (hover for the text); gaps between them are silences. Green circles above are evidence, red triangles below are red flags (hover for the quote).</p>\n");
    }

    private static void Assessment(StringBuilder html, SessionAssessment assessment)
    {
        html.Append("<table>\n<tr><th>code</th><th>what it covers</th><th>level</th><th>evidence</th><th>red flags</th><th>strongest evidence</th></tr>\n");
        foreach (var (kind, rows) in new[] { ("behaviour", assessment.Behaviours), ("PCC", assessment.PccMarkers), (string.Empty, [assessment.Overall]) })
        {
            foreach (var row in rows)
            {
                var top = row.TopEvidence.FirstOrDefault();
                var quote = top is null ? string.Empty : $"&ldquo;{E(top.Quote)}&rdquo; ({Clock(top.Start)})";
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(kind)} {E(row.Code)}</td><td>{E(row.Title)}</td><td class=\"{EvidenceLevelNames.ToName(row.Level)}\">{E(EvidenceLevelNames.ToText(row.Level))}</td><td>{row.EvidenceCount}</td><td>{row.RedFlagCount}</td><td>{quote}</td></tr>\n");
            }
        }

        html.Append("</table>\n");
    }

    private static void Moments(StringBuilder html, AnalysisResult result)
    {
        var markers = result.ReportedMarkers.ToList();
        if (markers.Count == 0)
        {
            html.Append("<p>No marker was found.</p>\n");
            return;
        }

        foreach (var marker in markers)
        {
            var polarity = marker.Descriptor.Polarity == Polarity.Evidence ? "evidence" : "redFlag";
            var where = marker.Location.TurnIndex is { } turn ? $"{Clock(marker.Location.Start)}, turn {turn}" : "whole session";
            html.Append(CultureInfo.InvariantCulture, $"<p><span class=\"{polarity}\">{(polarity == "evidence" ? "Evidence" : "Red flag")}</span> <b>{E(marker.Descriptor.Title)}</b> ({E(marker.Id)}, {E(where)}, confidence {marker.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}): {E(marker.Message)}</p>\n");
            var quote = result.Quote(marker.Location);
            if (quote.Length > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<blockquote>&ldquo;{E(quote)}&rdquo;</blockquote>\n");
            }
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Clock(TimeSpan? time) => time is { } t ? t.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "untimed";

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "...";
}
