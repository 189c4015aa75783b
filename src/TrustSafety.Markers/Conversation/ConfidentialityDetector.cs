using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Conversation;

/// <summary>
/// TS4007 confidentiality: the coach states or reinforces that what the client says stays private, or
/// that it is safe to say anything here, using the phrase table <c>Lexicons/confidentiality.txt</c>.
/// Reported on the statement that holds the phrase; a negated phrase ("it isn't confidential") or a
/// question is not.
/// </summary>
public sealed class ConfidentialityDetector : IMarkerDetector
{
    /// <summary>The TS4007 descriptor.</summary>
    public static readonly MarkerDescriptor Confidentiality = BuiltInMarkers.Describe(
        "TS4007",
        "Confidentiality and safety to share",
        "The coach reinforces that it is safe to share: \"{0}\".",
        Polarity.Evidence,
        [],
        [],
        "Saying that the conversation stays private, and that anything can be said here, is the ground a client needs to share freely.",
        "safety",
        "lexical");

    private static readonly Lexicon Phrases = new("confidentiality");

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [Confidentiality];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTurnAction(Analyze, SpeakerRole.Coach);
    }

    private static void Analyze(TurnAnalysisContext context)
    {
        var text = context.TurnText;
        var reported = new HashSet<int>();
        foreach (var match in Phrases.Match(context.TextAnalysis, context.Turn.Index).OrderByDescending(m => m.Label == "strong"))
        {
            // A statement reinforces safety; a question about it ("How did the confidentiality clause...?") does not.
            if (text.Sentences[match.SentenceIndex].IsQuestion || Negation.Precedes(text, match) || !reported.Add(match.SentenceIndex))
            {
                continue;
            }

            // Confidence: 0.9 when the phrase names confidentiality, 0.7 when it only speaks of safety.
            var sentence = text.Sentences[match.SentenceIndex];
            context.Report(Marker.Create(
                Confidentiality,
                MarkerLocation.InTurn(context.Turn, sentence.Span),
                match.Label == "strong" ? 0.9 : 0.7,
                properties: new Dictionary<string, string> { ["phrase"] = match.Phrase },
                messageArguments: text.Quote(match.Span)));
        }
    }
}
