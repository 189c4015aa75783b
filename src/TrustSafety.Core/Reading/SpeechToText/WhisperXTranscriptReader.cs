using TrustSafety.Transcripts;

namespace TrustSafety.Reading.SpeechToText;

/// <summary>
/// Reads WhisperX output (<c>whisperx</c>): the root <c>segments</c> array of
/// <c>{"start": 1.2, "end": 4.3, "text": " ...", "speaker": "SPEAKER_00", "words": [...]}</c> with times
/// in seconds. The label is kept as the speaker's id and name. WhisperX leaves <c>speaker</c> out when it
/// could not attribute a segment: such a segment is attributed to a speaker with id and name
/// <c>Unknown</c>, and a TS0008 diagnostic gives its line and column (it is never given to a neighbour).
/// A segment with empty text is skipped with a TS0007 diagnostic. The text is trimmed (WhisperX starts it
/// with a space) and maps back to the <c>text</c> string. Per-word arrays are not kept in memory.
/// </summary>
/// <remarks>
/// Detection: 75 when the head is a JSON object with a <c>"segments"</c> key and <c>"SPEAKER_"</c> labels or a
/// <c>"word_segments"</c> key; 30 for <c>"segments"</c> alone (Whisper output without diarization); 0 when it
/// looks like OpenAI <c>diarized_json</c> or AWS Transcribe, or otherwise (see <see cref="SpeechToTextDetection"/>).
/// </remarks>
internal sealed class WhisperXTranscriptReader() : SpeechToTextReader(Name, Skip)
{
    /// <summary>The format name.</summary>
    public const string Name = "whisperx";

    private const string Expectation = "a WhisperX transcript with a `segments` array";
    private const string Owned = "segment";

    private static readonly HashSet<string> Skip = new(StringComparer.Ordinal) { "words", "word_segments", "chars" };

    /// <inheritdoc />
    public override int Detect(string head) =>
        SpeechToTextDetection.Candidate(head) is { } json ? SpeechToTextDetection.WhisperX(json) : 0;

    /// <inheritdoc />
    protected override void Read(PositionedJsonNode root, SpeechToTextDocument document, CancellationToken cancellationToken)
    {
        var transcript = document.Root(root, Expectation);
        var segments = document.DocumentArray(transcript, "segments", "segments", Expectation, string.Empty);
        foreach (var item in segments.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var segment = document.Item(item, "a segment object {\"start\", \"end\", \"text\", \"speaker\"}");
            var speaker = document.Label(segment, "speaker");
            var start = document.Seconds(segment, "start", Owned);
            var end = document.Seconds(segment, "end", Owned);
            document.EndNotBeforeStart(segment, "end", start, end);
            if (!document.TryText(segment, "text", Owned, out var text, out var map))
            {
                continue;
            }

            var utterance = new Utterance(text, start, end, null, map);
            if (speaker is null)
            {
                document.AddUnknown(segment, "The segment", utterance);
            }
            else
            {
                document.Add(speaker, null, utterance);
            }
        }
    }
}
