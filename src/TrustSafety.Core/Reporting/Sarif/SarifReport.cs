using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TrustSafety.Analysis;
using TrustSafety.Markers;
using TrustSafety.Transcripts;

namespace TrustSafety.Reporting.Sarif;

/// <summary>
/// Writes an <see cref="AnalysisResult"/> as SARIF 2.1.0: one rule per declared marker (with its help
/// link), one result per reported marker, located in the original transcript file through the readers'
/// source map (line/column and character offset, UTF-16 code units), with the quote as snippet, the times
/// in the region's properties, the turn as a logical location <c>turn[N]</c> and related locations for
/// the turns a finding relies on. Engine and reader diagnostics become tool execution notifications.
/// Severity maps error→error, warning→warning, info→note; hidden markers are left out.
/// </summary>
public static class SarifReport
{
    /// <summary>Returns the SARIF log of a result.</summary>
    /// <param name="result">The result.</param>
    /// <param name="rules">The markers to describe as rules (for example <see cref="TranscriptAnalyzer.Markers"/>); those reported are always included.</param>
    /// <returns>The SARIF JSON text.</returns>
    public static string ToJson(AnalysisResult result, IEnumerable<MarkerDescriptor>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        Write(result, stream, rules);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the SARIF log of a result to a stream (UTF-8).</summary>
    /// <param name="result">The result.</param>
    /// <param name="stream">The stream.</param>
    /// <param name="rules">The markers to describe as rules; those reported are always included.</param>
    public static void Write(AnalysisResult result, Stream stream, IEnumerable<MarkerDescriptor>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        var markers = result.ReportedMarkers.ToList();
        var descriptors = (rules ?? []).Concat(markers.Select(m => m.Descriptor))
            .DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = descriptors.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var uri = ArtifactUri(result.Transcript.Source.Name);

        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, result, descriptors);
        json.WriteStartArray("artifacts");
        json.WriteStartObject();
        json.WriteStartObject("location");
        json.WriteString("uri", uri);
        json.WriteEndObject();
        json.WriteString("mimeType", "text/plain");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteString("columnKind", "utf16CodeUnits");
        WriteInvocation(json, result);
        json.WriteStartArray("results");
        foreach (var marker in markers)
        {
            WriteResult(json, result, marker, ruleIndex[marker.Id], uri);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter json, AnalysisResult result, List<MarkerDescriptor> descriptors)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", result.Tool.Name);
        json.WriteString("version", result.Tool.Version);
        json.WriteString("semanticVersion", result.Tool.Version);
        json.WriteStartArray("rules");
        foreach (var d in descriptors)
        {
            json.WriteStartObject();
            json.WriteString("id", d.Id);
            json.WriteString("name", Name(d.Title));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", d.Title);
            json.WriteEndObject();
            if (d.Description.Length > 0)
            {
                json.WriteStartObject("fullDescription");
                json.WriteString("text", d.Description);
                json.WriteEndObject();
            }

            if (d.HelpLink is not null)
            {
                json.WriteString("helpUri", d.HelpLink);
            }

            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(d.DefaultSeverity) ?? "none");
            json.WriteBoolean("enabled", d.IsEnabledByDefault);
            json.WriteEndObject();
            json.WriteStartObject("properties");
            WriteStrings(json, "behaviours", d.Behaviours);
            WriteStrings(json, "pccMarkers", d.PccMarkers);
            json.WriteString("polarity", d.Polarity == Polarity.Evidence ? "evidence" : "redFlag");
            WriteStrings(json, "tags", d.Tags);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, AnalysisResult result)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !result.IsPartial);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var diagnostic in result.Diagnostics.Where(d => Level(d.Severity) is not null))
        {
            json.WriteStartObject();
            json.WriteStartObject("descriptor");
            json.WriteString("id", diagnostic.Id);
            json.WriteEndObject();
            json.WriteString("level", Level(diagnostic.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", diagnostic.Message);
            json.WriteEndObject();
            if (diagnostic.Location is { Line: { } line } location)
            {
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                WriteArtifactLocation(json, ArtifactUri(result.Transcript.Source.Name));
                json.WriteStartObject("region");
                json.WriteNumber("startLine", line);
                if (location.Column is { } column)
                {
                    json.WriteNumber("startColumn", column);
                }

                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, AnalysisResult result, Marker marker, int ruleIndex, string uri)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", marker.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(marker.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", marker.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        WriteLocation(json, result, marker.Location, uri, id: null, message: null);
        json.WriteEndArray();
        if (!marker.RelatedLocations.IsEmpty)
        {
            json.WriteStartArray("relatedLocations");
            for (var i = 0; i < marker.RelatedLocations.Length; i++)
            {
                var related = marker.RelatedLocations[i];
                WriteLocation(json, result, related, uri, i + 1, result.Quote(related));
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        json.WriteNumber("confidence", Math.Round(marker.Confidence, 4));
        json.WriteString("polarity", marker.Descriptor.Polarity == Polarity.Evidence ? "evidence" : "redFlag");
        WriteStrings(json, "behaviours", marker.Descriptor.Behaviours);
        WriteStrings(json, "pccMarkers", marker.Descriptor.PccMarkers);
        foreach (var (key, value) in marker.Properties)
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, AnalysisResult result, MarkerLocation location, string uri, int? id, string? message)
    {
        json.WriteStartObject();
        if (id is { } n)
        {
            json.WriteNumber("id", n);
        }

        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(json, uri);
        if (location.TurnIndex is { } index && Region(result.Transcript.Turns[index], location) is { } region)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", region.Start.Line);
            json.WriteNumber("startColumn", region.Start.Column);
            json.WriteNumber("endLine", region.End.Line);
            json.WriteNumber("endColumn", region.End.Column + 1);
            json.WriteNumber("charOffset", region.Start.Offset);
            json.WriteNumber("charLength", region.End.Offset + 1 - region.Start.Offset);
            json.WriteStartObject("snippet");
            json.WriteString("text", result.Quote(location));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            WriteSeconds(json, "start", location.Start);
            WriteSeconds(json, "end", location.End);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("name", location.TurnIndex is { } turn ? $"turn[{turn}]" : "session");
        json.WriteString("kind", location.TurnIndex is null ? "session" : "turn");
        json.WriteEndObject();
        json.WriteEndArray();
        if (message is not null)
        {
            json.WriteStartObject("message");
            json.WriteString("text", message);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>The first and last characters of a span in the source file, when the reader mapped them.</summary>
    private static (SourcePosition Start, SourcePosition End)? Region(Turn turn, MarkerLocation location)
    {
        if (location.Span.IsEmpty || turn.MapToSource(location.Span.Start) is not { } start || turn.MapToSource(location.Span.End - 1) is not { } end || end.Offset < start.Offset)
        {
            return null;
        }

        return (start, end);
    }

    private static void WriteArtifactLocation(Utf8JsonWriter json, string uri)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        json.WriteEndObject();
    }

    private static void WriteSeconds(Utf8JsonWriter json, string name, TimeSpan? time)
    {
        if (time is { } t)
        {
            json.WriteNumber(name, Math.Round(t.TotalSeconds, 3));
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>The SARIF level of a severity, or null for hidden and none (not reported).</summary>
    private static string? Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => null,
    };

    /// <summary>A relative or file URI for the transcript's source name.</summary>
    private static string ArtifactUri(string? sourceName)
    {
        if (string.IsNullOrEmpty(sourceName))
        {
            return "transcript";
        }

        if (Path.IsPathFullyQualified(sourceName))
        {
            return new Uri(sourceName).AbsoluteUri;
        }

        return string.Join('/', sourceName.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
    }

    private static string Name(string title) => string.Concat(title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]))
        .Replace("'", string.Empty, StringComparison.Ordinal);

}
