using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Text;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Conversation;

/// <summary>
/// TS4005 softened open question: an open question with a softener (a possibility modal, a hedge, a
/// curiosity frame), a curiosity-framed statement that enquires ("I'm curious what..."), a hedged
/// request ("Tell me a bit about..."), or a polite request for an open answer ("Could you say a little
/// more about...?"), from the phrase table
/// <c>Lexicons/softeners.txt</c>. A softened question that blames ("I'm curious why you didn't...") is
/// left to TS4006.
/// </summary>
public sealed class SoftenedQuestionDetector : IMarkerDetector
{
    /// <summary>The TS4005 descriptor.</summary>
    public static readonly MarkerDescriptor SoftenedQuestion = BuiltInMarkers.Describe(
        "TS4005",
        "Softened open question",
        "The coach asks a softened, open question: \"{0}\".",
        Polarity.Evidence,
        [],
        [],
        "Tentative, open wording (\"What might...\", \"I'm curious...\") invites the client to explore rather than to answer correctly.",
        "conversation",
        "questions",
        "lexical");

    private static readonly Lexicon Softeners = new("softeners");
    private static readonly Lexicon Blunt = new("blunt-questions");
    private static readonly ImmutableHashSet<string> QuestionWords = ["what", "how", "where", "who", "when", "which", "why"];
    private static readonly ImmutableHashSet<string> Requests = ["tell", "say", "describe"];

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [SoftenedQuestion];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTurnAction(Analyze, SpeakerRole.Coach);
    }

    private static void Analyze(TurnAnalysisContext context)
    {
        var text = context.TurnText;
        var blunt = Blunt.Match(context.TextAnalysis, context.Turn.Index).Select(m => m.SentenceIndex).ToHashSet();
        foreach (var group in Softeners.Match(context.TextAnalysis, context.Turn.Index).GroupBy(m => m.SentenceIndex))
        {
            var sentence = text.Sentences[group.Key];
            if (blunt.Contains(group.Key))
            {
                continue;
            }

            // A modal counts only among the first words, where it shapes the question itself ("What might..."),
            // not in a clause inside it ("...if they could look at it").
            var labels = group.Where(m => m.Label != "modal" || m.FirstToken - sentence.FirstToken < 4).Select(m => m.Label).ToHashSet();
            var words = text.TokensOf(sentence).ToArray().Where(t => t.IsWord).Select(t => t.Normalized).ToList();
            var open = sentence.IsQuestion && (QuestionShape.IsOpen(text.TokensOf(sentence))
                || (words.Count > 0 && words[0] == "if" && words.Any(QuestionWords.Contains)));
            var enquiry = !sentence.IsQuestion
                && ((labels.Contains("frame") && FollowedByQuestionWord(text, group.Where(m => m.Label == "frame")))
                    || (labels.Contains("hedge") && words.Count > 0 && Requests.Contains(words[0])));

            // Confidence: 0.85 for a request or an open question with a softener, 0.75 for a
            // curiosity-framed statement, whose enquiry is implied.
            double confidence;
            if (labels.Contains("request") || (open && labels.Overlaps(["modal", "hedge", "frame"])))
            {
                confidence = 0.85;
            }
            else if (enquiry)
            {
                confidence = 0.75;
            }
            else
            {
                continue;
            }

            context.Report(Marker.Create(
                SoftenedQuestion,
                MarkerLocation.InTurn(context.Turn, sentence.Span),
                confidence,
                properties: new Dictionary<string, string> { ["softeners"] = string.Join(", ", group.Select(m => m.Phrase).Distinct()) },
                messageArguments: text.Quote(sentence.Span)));
        }
    }

    /// <summary>
    /// Whether a question word follows a curiosity frame within three words ("I'm curious what..."); "I
    /// wonder whether/if..." offers an observation instead (TS4601), not an enquiry.
    /// </summary>
    private static bool FollowedByQuestionWord(TurnText text, IEnumerable<PhraseMatch> frames)
    {
        foreach (var frame in frames)
        {
            var words = 0;
            for (var t = frame.FirstToken + frame.TokenCount; t < text.Tokens.Length && words < 3; t++)
            {
                if (!text.Tokens[t].IsWord)
                {
                    continue;
                }

                words++;
                if (QuestionWords.Contains(text.Tokens[t].Normalized))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
