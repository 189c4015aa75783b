using TrustSafety.Transcripts;

namespace TrustSafety.Reading.SpeechToText;

/// <summary>
/// Reads OpenAI's <c>diarized_json</c> transcription output (<c>openai</c>): the root <c>segments</c> array of
/// <c>{"id": "seg_0", "type": "transcript.text.segment", "start": 1.2, "end": 4.3, "text": "...", "speaker": "A"}</c>
/// with times in seconds. The speaker label (a letter, or a name when known speakers were given) is kept as
/// the speaker's id and name, the segment id as the utterance id, and the text maps back to the
/// <c>text</c> string. A segment with empty text is skipped with a TS0007 diagnostic; one without a speaker
/// is an error.
/// </summary>
/// <remarks>
/// Detection: 85 when the head is a JSON object containing <c>"transcript.text.segment"</c> or an
/// <c>"id"</c> of the form <c>"seg_…"</c>; 60 when it only shows <c>"task": "transcribe"</c> (the full
/// <c>text</c> comes before the segments and can fill the 8 KB head) and no Whisper <c>verbose_json</c>
/// segment keys (<c>"seek"</c>, <c>"tokens"</c>) or <c>"SPEAKER_"</c> labels (see <see cref="SpeechToTextDetection"/>); otherwise 0.
/// </remarks>
internal sealed class OpenAiTranscriptReader() : SpeechToTextReader(Name, null)
{
    /// <summary>The format name.</summary>
    public const string Name = "openai";

    private const string Expectation = "an OpenAI diarized_json transcript with a `segments` array";
    private const string Owned = "segment";

    /// <inheritdoc />
    public override int Detect(string head) =>
        SpeechToTextDetection.Candidate(head) is { } json ? SpeechToTextDetection.OpenAi(json) : 0;

    /// <inheritdoc />
    protected override void Read(PositionedJsonNode root, SpeechToTextDocument document, CancellationToken cancellationToken)
    {
        var transcript = document.Root(root, Expectation);
        var segments = document.DocumentArray(transcript, "segments", "segments", Expectation, " (ask for response_format=diarized_json)");
        foreach (var item in segments.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var segment = document.Item(item, "a segment object {\"id\", \"start\", \"end\", \"text\", \"speaker\"}");
            var id = document.Id(segment, "id");
            var speaker = document.RequiredLabel(segment, "speaker", Owned, string.Empty);
            var start = document.Seconds(segment, "start", Owned);
            var end = document.Seconds(segment, "end", Owned);
            document.EndNotBeforeStart(segment, "end", start, end);
            if (document.TryText(segment, "text", Owned, out var text, out var map))
            {
                document.Add(speaker, null, new Utterance(text, start, end, id, map));
            }
        }
    }
}
