using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Empathy;

/// <summary>
/// TS4402 caretaking: the coach rescues ("Don't worry, I'll sort it"), directs ("You need to..."), or
/// gives unrequested advice ("If I were you..."), from <c>Lexicons/caretaking.txt</c>. A negated
/// directive ("You don't need to decide today"), a turn that asks permission first, and a reflection of
/// the client's own plan ("You said you'd call her") are not caretaking.
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
        Rule.Report(context, Caretaking);
    }
}
