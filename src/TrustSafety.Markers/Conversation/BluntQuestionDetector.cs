using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Conversation;

/// <summary>
/// TS4006 blunt question: a coach question that asks the client to justify a failure ("Why didn't
/// you...?"), demands the one answer ("What is the solution?") or presses ("Come on, ...?"), from the
/// phrase table <c>Lexicons/blunt-questions.txt</c>. Only questions count; a curious "why" about values
/// does not match the table.
/// </summary>
public sealed class BluntQuestionDetector : IMarkerDetector
{
    /// <summary>The TS4006 descriptor.</summary>
    public static readonly MarkerDescriptor BluntQuestion = BuiltInMarkers.Describe(
        "TS4006",
        "Blunt or interrogating question",
        "The coach asks a blunt question: \"{0}\".",
        Polarity.RedFlag,
        [],
        [],
        "Questions that demand, blame or cross-examine make the client defend rather than explore.",
        "conversation",
        "questions",
        "lexical");

    private static readonly Lexicon Phrases = new("blunt-questions");

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [BluntQuestion];

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
        foreach (var match in Phrases.Match(context.TextAnalysis, context.Turn.Index))
        {
            // A pressing word may open the sentence before the question it presses ("Come on, then. Is it a yes?").
            var index = match.SentenceIndex;
            if (!text.Sentences[index].IsQuestion && match.Label == "press" && index + 1 < text.Sentences.Length)
            {
                index++;
            }

            var sentence = text.Sentences[index];
            if (!sentence.IsQuestion || !reported.Add(index))
            {
                continue;
            }

            // Confidence: 0.85 for a question asking the client to justify a failure or demanding the
            // answer, 0.7 for pressing words, which are blunter in some voices than others.
            context.Report(Marker.Create(
                BluntQuestion,
                MarkerLocation.InTurn(context.Turn, sentence.Span),
                match.Label == "press" ? 0.7 : 0.85,
                properties: new Dictionary<string, string> { ["kind"] = match.Label, ["phrase"] = match.Phrase },
                messageArguments: text.Quote(sentence.Span)));
        }
    }
}
