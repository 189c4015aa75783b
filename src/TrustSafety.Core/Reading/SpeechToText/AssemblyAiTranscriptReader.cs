using TrustSafety.Transcripts;

namespace TrustSafety.Reading.SpeechToText;

/// <summary>
/// Reads an AssemblyAI transcript (<c>assemblyai</c>): the root <c>utterances</c> array of
/// <c>{"speaker": "A", "start": 1200, "end": 4300, "text": "...", "confidence": 0.9, "words": [...]}</c>,
/// with times in integer milliseconds. The speaker letter is kept as the speaker's id and name; each
/// utterance keeps its times, and its text maps back to the <c>text</c> string in the file. An utterance
/// with empty text is skipped with a TS0007 diagnostic. AssemblyAI writes <c>"utterances": null</c> when
/// speaker labels were not requested; such a file is refused with that hint.
/// </summary>
/// <remarks>
/// Detection: 80 when the head is a JSON object that has an <c>"audio_url"</c> key, or <c>"utterances"</c>
/// with <c>"words"</c> and <c>"start"</c>, or <c>"utterances"</c> with <c>"confidence"</c> and a one-letter
/// <c>"speaker"</c> label, and it does not look like Deepgram or AWS Transcribe (see
/// <see cref="SpeechToTextDetection"/>); otherwise 0.
/// </remarks>
internal sealed class AssemblyAiTranscriptReader() : SpeechToTextReader(Name, Skip)
{
    /// <summary>The format name.</summary>
    public const string Name = "assemblyai";

    private const string Expectation = "an AssemblyAI transcript with an `utterances` array";
    private const string Owned = "utterance";

    private static readonly HashSet<string> Skip = new(StringComparer.Ordinal) { "words" };

    /// <inheritdoc />
    public override int Detect(string head) =>
        SpeechToTextDetection.Candidate(head) is { } json && SpeechToTextDetection.IsAssemblyAi(json) ? SpeechToTextDetection.AssemblyAiScore : 0;

    /// <inheritdoc />
    protected override void Read(PositionedJsonNode root, SpeechToTextDocument document, CancellationToken cancellationToken)
    {
        var transcript = document.Root(root, Expectation);
        var utterances = document.DocumentArray(transcript, "utterances", "utterances", Expectation, " (ask AssemblyAI for speaker_labels to get utterances)");
        foreach (var item in utterances.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var utterance = document.Item(item, "an utterance object {\"speaker\", \"start\", \"end\", \"text\"}");
            var speaker = document.RequiredLabel(utterance, "speaker", Owned, string.Empty);
            var start = document.Milliseconds(utterance, "start", Owned);
            var end = document.Milliseconds(utterance, "end", Owned);
            document.EndNotBeforeStart(utterance, "end", start, end);
            if (document.TryText(utterance, "text", Owned, out var text, out var map))
            {
                document.Add(speaker, null, new Utterance(text, start, end, null, map));
            }
        }
    }
}
