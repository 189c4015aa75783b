using TrustSafety.Analysis;
using TrustSafety.Markers;
using TrustSafety.Reporting.Html;
using TrustSafety.Reporting.Json;
using TrustSafety.Reporting.Markdown;
using TrustSafety.Reporting.Sarif;
using TrustSafety.Reporting.Text;

namespace TrustSafety.Cli;

/// <summary>The report formats of <c>analyze</c>: their names, file extensions and rendering.</summary>
internal static class ReportFormats
{
    public const string Text = CommonOptions.Text;
    public const string Markdown = "markdown";
    public const string Html = "html";
    public const string Json = CommonOptions.Json;
    public const string Sarif = "sarif";

    public static readonly string[] All = [Text, Markdown, Html, Json, Sarif];

    /// <summary>The file extension of a report in a format.</summary>
    public static string Extension(string format) => format switch
    {
        Markdown => ".md",
        Html => ".html",
        Json => ".json",
        Sarif => ".sarif",
        _ => ".txt",
    };

    /// <summary>Renders a result.</summary>
    public static string Render(string format, AnalysisResult result, IEnumerable<MarkerDescriptor> catalogue, bool colour = false)
    {
        switch (format)
        {
            case Json:
                return JsonReport.ToJson(result) + Environment.NewLine;
            case Markdown:
                return MarkdownReport.ToMarkdown(result);
            case Html:
                return HtmlReport.ToHtml(result);
            case Sarif:
                return SarifReport.ToJson(result, catalogue) + Environment.NewLine;
            default:
                return TextReport.ToText(result, new TextReportOptions { Colour = colour });
        }
    }
}
