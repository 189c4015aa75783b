using System.Text.Encodings.Web;
using System.Text.Json;
using TrustSafety.Transcripts;

namespace TrustSafety.Reading.Json;

/// <summary>
/// Writes a transcript in the project's own JSON format (read back by <see cref="JsonTranscriptReader"/>):
/// speakers with roles, then every utterance with its speaker, text, times in seconds and id. Use it to
/// convert an export once and keep a stable, reviewable copy.
/// </summary>
public static class JsonTranscriptWriter
{
    /// <summary>Writes a transcript as UTF-8 JSON.</summary>
    /// <param name="transcript">The transcript.</param>
    /// <param name="stream">The stream to write to.</param>
    public static void Write(Transcript transcript, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("format", JsonTranscriptReader.FormatMarker);
        if (!transcript.Metadata.IsEmpty)
        {
            json.WriteStartObject("metadata");
            foreach (var (key, value) in transcript.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
        }

        json.WriteStartArray("speakers");
        foreach (var speaker in transcript.Speakers)
        {
            json.WriteStartObject();
            json.WriteString("id", speaker.Id);
            json.WriteString("name", speaker.Name);
            json.WriteString("role", speaker.Role.ToString().ToLowerInvariant());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("utterances");
        foreach (var turn in transcript.Turns)
        {
            foreach (var utterance in turn.Utterances)
            {
                json.WriteStartObject();
                json.WriteString("speaker", turn.Speaker.Id);
                json.WriteString("text", utterance.Text);
                WriteSeconds(json, "start", utterance.Start);
                WriteSeconds(json, "end", utterance.End);
                if (utterance.Id is not null)
                {
                    json.WriteString("id", utterance.Id);
                }

                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Returns a transcript as JSON text.</summary>
    /// <param name="transcript">The transcript.</param>
    /// <returns>The JSON.</returns>
    public static string ToJson(Transcript transcript)
    {
        using var stream = new MemoryStream();
        Write(transcript, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteSeconds(Utf8JsonWriter json, string name, TimeSpan? time)
    {
        if (time is { } t)
        {
            json.WriteNumber(name, Math.Round(t.TotalSeconds, 3));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
