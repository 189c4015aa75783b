using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Text;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Empathy;

/// <summary>
/// TS4402 caretaking: the coach rescues ("Don't worry, I'll sort it"), directs ("You need to..."), or
/// gives unrequested advice ("If I were you..."), from <c>Lexicons/caretaking.txt</c>. A negated
/// directive ("You don't need to decide today"), a turn that asks permission first, a reflection of the
/// client's own plan ("You said you'd call her"), quoted words and a "you need to" inside a question
/// ("What do you need to have ready?") are not caretaking.
/// </summary>
public sealed class CaretakingDetector : IMarkerDetector
{
    /// <summary>The TS4402 descriptor.</summary>
    public static readonly MarkerDescriptor Caretaking = BuiltInMarkers.Describe(
        "TS4402",
        "Caretaking",
        "The coach takes over or directs: \"{0}\".",
        Polarity.RedFlag,
        ["4.4"],
        ["4.2"],
        "\"Care, don't carry\": rescuing, parenting or telling treats the client as less than an equal and takes away their ownership.",
        "empathy",
        "lexical");

    private static readonly Lexicon Exclusions = new("caretaking-exclusions");

    private static readonly PhraseRule Rule = new(
        new Lexicon("caretaking"),
        ImmutableDictionary.CreateRange(new Dictionary<string, double> { ["rescue"] = 0.85, ["direct"] = 0.8, ["advice"] = 0.75 }),
        sentenceExclusions: Exclusions);

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [Caretaking];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTurnAction(Analyze, SpeakerRole.Coach);
    }

    private static void Analyze(TurnAnalysisContext context)
    {
        // Asking permission anywhere in the turn leaves the choice with the client.
        if (Exclusions.Match(context.TextAnalysis, context.Turn.Index).Any(m => m.Label == "permission"))
        {
            return;
        }

        // Confidence: 0.85 rescuing, 0.8 directing, 0.75 advising (advice is sometimes welcome).
        Rule.Report(context, Caretaking, keep: match => IsCoachsOwn(context.TurnText, match));
    }

    /// <summary>
    /// Whether a match is the coach's own telling: not words in quotation marks (the client's, or someone
    /// else's), and not a "you need to" inside a question ("What do you need to have ready?"), which asks
    /// the client rather than directs them. Advice put as a question ("Shouldn't you just...?") still counts.
    /// </summary>
    private static bool IsCoachsOwn(TurnText text, PhraseMatch match) =>
        !Quotes.Contain(text, match.Span.Start) && !(match.Label == "direct" && text.Sentences[match.SentenceIndex].IsQuestion);
}
