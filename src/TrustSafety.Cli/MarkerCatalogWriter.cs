using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TrustSafety.Configuration;
using TrustSafety.Markers;

namespace TrustSafety.Cli;

/// <summary>Writes the marker catalogue as a text table or as JSON (camelCase, like the report).</summary>
internal static class MarkerCatalogWriter
{
    private const string CompetencyWide = "competency";

    /// <summary>Writes the catalogue as a table, each row followed by the marker's help link.</summary>
    /// <param name="descriptors">The descriptors, in the order to list them.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteText(IReadOnlyList<MarkerDescriptor> descriptors, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        ArgumentNullException.ThrowIfNull(writer);
        string[] header = ["ID", "Polarity", "Severity", "Behaviours", "PCC", "Title"];
        var rows = descriptors.Select(d => new[]
        {
            d.Id,
            d.Polarity == Polarity.RedFlag ? "red flag" : "evidence",
            SeverityNames.ToName(d.DefaultSeverity) + (d.IsEnabledByDefault ? string.Empty : " (off)"),
            d.IsCompetencyWide ? CompetencyWide : string.Join(",", d.Behaviours),
            d.PccMarkers.IsEmpty ? "-" : string.Join(",", d.PccMarkers),
            d.Title,
        }).ToList();
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Marker catalogue ({Competency.CatalogVersion}): {descriptors.Count} markers"));
        text.AppendLine();
        AppendRow(text, header, widths);
        var linkIndent = new string(' ', widths[0] + 2);
        foreach (var (row, descriptor) in rows.Zip(descriptors))
        {
            AppendRow(text, row, widths);
            if (descriptor.HelpLink is { } link)
            {
                text.Append(linkIndent).AppendLine(link);
            }
        }

        writer.Write(text.ToString().ReplaceLineEndings(writer.NewLine));
    }

    /// <summary>Returns the catalogue as indented JSON.</summary>
    /// <param name="descriptors">The descriptors, in the order to list them.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(IReadOnlyList<MarkerDescriptor> descriptors)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("catalogVersion", Competency.CatalogVersion);
            json.WriteStartArray("markers");
            foreach (var descriptor in descriptors)
            {
                WriteDescriptor(json, descriptor);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteDescriptor(Utf8JsonWriter json, MarkerDescriptor descriptor)
    {
        json.WriteStartObject();
        json.WriteString("id", descriptor.Id);
        json.WriteString("title", descriptor.Title);
        json.WriteString("polarity", descriptor.Polarity == Polarity.RedFlag ? "redFlag" : "evidence");
        json.WriteString("defaultSeverity", SeverityNames.ToName(descriptor.DefaultSeverity));
        json.WriteBoolean("enabledByDefault", descriptor.IsEnabledByDefault);
        WriteStrings(json, "behaviours", descriptor.Behaviours);
        WriteStrings(json, "pccMarkers", descriptor.PccMarkers);
        json.WriteString("description", descriptor.Description);
        if (descriptor.HelpLink is { } link)
        {
            json.WriteString("helpLink", link);
        }
        else
        {
            json.WriteNull("helpLink");
        }

        WriteStrings(json, "tags", descriptor.Tags);
        json.WriteEndObject();
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

    private static void AppendRow(StringBuilder text, IReadOnlyList<string> cells, int[] widths)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            text.Append(i == cells.Count - 1 ? cells[i] : cells[i].PadRight(widths[i] + 2));
        }

        text.AppendLine();
    }
}
