using TrustSafety.Transcripts;

namespace TrustSafety.Reading.SpeechToText;

/// <summary>
/// Reads a Deepgram transcript (<c>deepgram</c>) made with <c>utterances=true</c> and <c>diarize=true</c>:
/// <c>results.utterances</c>, an array of
/// <c>{"start": 1.2, "end": 4.3, "transcript": "...", "speaker": 0, "channel": 0, "confidence": 0.9, "id": "...", "words": [...]}</c>
/// with times in seconds. The speaker number is kept as the id (<c>"0"</c>) with the display name
/// <c>Speaker 0</c>; the utterance's <c>id</c> is kept when present, and its text maps back to the
/// <c>transcript</c> string. An utterance with empty text is skipped with a TS0007 diagnostic; one without a
/// <c>speaker</c> is an error (the file was made without diarization). The per-word arrays and
/// <c>results.channels</c> are not kept in memory.
/// </summary>
/// <remarks>
/// Detection: 85 when the head is a JSON object with <c>"results"</c> and <c>"utterances"</c>, or
/// <c>"metadata"</c> and <c>"request_id"</c>, or <c>"results"</c>, <c>"channels"</c> and
/// <c>"alternatives"</c>, and it does not look like AWS Transcribe (see <see cref="SpeechToTextDetection"/>);
/// otherwise 0.
/// </remarks>
internal sealed class DeepgramTranscriptReader() : SpeechToTextReader(Name, Skip)
{
    /// <summary>The format name.</summary>
    public const string Name = "deepgram";

    private const string Expectation = "a Deepgram transcript with a `results.utterances` array";
    private const string Hint = " (ask Deepgram for utterances=true)";
    private const string Owned = "utterance";

    private static readonly HashSet<string> Skip = new(StringComparer.Ordinal) { "words", "channels" };

    /// <inheritdoc />
    public override int Detect(string head) =>
        SpeechToTextDetection.Candidate(head) is { } json && SpeechToTextDetection.IsDeepgram(json) ? SpeechToTextDetection.Distinctive : 0;

    /// <inheritdoc />
    protected override void Read(PositionedJsonNode root, SpeechToTextDocument document, CancellationToken cancellationToken)
    {
        var transcript = document.Root(root, Expectation);
        var results = document.DocumentObject(transcript, "results", "results", Expectation, string.Empty);
        var utterances = document.DocumentArray(results, "utterances", "results.utterances", Expectation, Hint);
        foreach (var item in utterances.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var utterance = document.Item(item, "an utterance object {\"start\", \"end\", \"transcript\", \"speaker\"}");
            var speaker = document.RequiredLabel(utterance, "speaker", Owned, " (ask Deepgram for diarize=true)");
            var start = document.Seconds(utterance, "start", Owned);
            var end = document.Seconds(utterance, "end", Owned);
            document.EndNotBeforeStart(utterance, "end", start, end);
            var id = document.Id(utterance, "id");
            if (document.TryText(utterance, "transcript", Owned, out var text, out var map))
            {
                document.Add(speaker, "Speaker " + speaker, new Utterance(text, start, end, id, map));
            }
        }
    }
}
