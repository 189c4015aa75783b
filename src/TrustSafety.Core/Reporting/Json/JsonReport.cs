using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using TrustSafety.Analysis;
using TrustSafety.Assessment;
using TrustSafety.Configuration;
using TrustSafety.Diagnostics;
using TrustSafety.Markers;
using TrustSafety.Transcripts;

namespace TrustSafety.Reporting.Json;

/// <summary>
/// Writes an <see cref="AnalysisResult"/> as the documented JSON contract (docs/report-format.md,
/// docs/report.schema.json): camelCase, times in seconds, hidden markers left out, deterministic.
/// </summary>
public static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new(ReportJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the JSON of a result to a stream (UTF-8, indented).</summary>
    /// <param name="result">The result.</param>
    /// <param name="stream">The stream.</param>
    public static void Write(AnalysisResult result, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, ToDocument(result), Options.GetTypeInfo(typeof(ReportDocument)));
    }

    /// <summary>Returns the JSON of a result.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(ToDocument(result), Options.GetTypeInfo(typeof(ReportDocument)));
    }

    private static ReportDocument ToDocument(AnalysisResult result)
    {
        var transcript = result.Transcript;
        return new ReportDocument(
            result.SchemaVersion,
            new ToolDocument(result.Tool.Name, result.Tool.Version),
            result.CatalogVersion,
            result.IsPartial,
            new TranscriptDocument(
                transcript.Source.Name,
                transcript.Source.Format,
                Camel(transcript.RoleAssignment.ToString()),
                [.. transcript.Speakers.Select(s => new SpeakerDocument(s.Id, s.Name, Camel(s.Role.ToString())))],
                [.. transcript.Turns.Select(t => new TurnDocument(t.Index, t.Speaker.Id, Camel(t.Role.ToString()), t.Text, Seconds(t.Start), Seconds(t.End)))]),
            [.. result.ReportedMarkers.Select(m => ToDocument(result, m))],
            [.. result.Diagnostics.Select(ToDocument)],
            result.Figures,
            new AssessmentDocument(
                [.. result.Assessment.Behaviours.Select(ToDocument)],
                [.. result.Assessment.PccMarkers.Select(ToDocument)],
                ToDocument(result.Assessment.Overall)));
    }

    private static AssessmentRowDocument ToDocument(AssessmentRow row) => new(
        row.Code,
        row.Title,
        EvidenceLevelNames.ToName(row.Level),
        row.EvidenceIndex,
        row.EvidenceCount,
        row.RedFlagCount,
        [.. row.TopEvidence.Select(e => new QuotedEvidenceDocument(e.MarkerId, e.TurnIndex, e.Quote, Seconds(e.Start)))]);

    private static MarkerDocument ToDocument(AnalysisResult result, Marker marker)
    {
        var location = marker.Location;
        return new MarkerDocument(
            marker.Id,
            marker.Descriptor.Title,
            marker.Descriptor.Behaviours,
            marker.Descriptor.PccMarkers,
            Camel(marker.Descriptor.Polarity.ToString()),
            SeverityNames.ToName(marker.Severity),
            marker.Message,
            location.TurnIndex,
            location.IsSession ? null : new SpanDocument(location.Span.Start, location.Span.Length),
            Seconds(location.Start),
            Seconds(location.End),
            result.Quote(location),
            Math.Round(marker.Confidence, 4),
            [.. marker.RelatedLocations.Select(r => new RelatedDocument(r.TurnIndex, r.IsSession ? null : new SpanDocument(r.Span.Start, r.Span.Length), result.Quote(r)))],
            marker.Properties);
    }

    private static DiagnosticDocument ToDocument(Diagnostic diagnostic) => new(
        diagnostic.Id,
        SeverityNames.ToName(diagnostic.Severity),
        diagnostic.Message,
        diagnostic.Location is { } l ? new LocationDocument(l.Line, l.Column, l.TurnIndex) : null);

    internal static double? Seconds(TimeSpan? time) => time is { } t ? Math.Round(t.TotalSeconds, 3) : null;

    private static string Camel(string name) => string.Create(name.Length, name, (span, n) =>
    {
        n.AsSpan().CopyTo(span);
        span[0] = char.ToLower(span[0], CultureInfo.InvariantCulture);
    });
}
