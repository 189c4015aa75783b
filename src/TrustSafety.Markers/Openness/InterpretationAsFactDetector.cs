using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Openness;

/// <summary>
/// TS4603 interpretation as fact: the coach asserts its reading of the client as settled ("The real
/// problem is that you...", "You're obviously...", "That's just fear talking"), from
/// <c>Lexicons/interpretation.txt</c>. A hedge in the same sentence ("I wonder", "maybe", "I may be
/// wrong"), a reflection of the client's words ("You said...") or a negation makes it not a fact claim.
/// </summary>
public sealed class InterpretationAsFactDetector : IMarkerDetector
{
    /// <summary>The TS4603 descriptor.</summary>
    public static readonly MarkerDescriptor InterpretationAsFact = BuiltInMarkers.Describe(
        "TS4603",
        "Interpretation asserted as fact",
        "The coach asserts an interpretation as fact: \"{0}\".",
        Polarity.RedFlag,
        ["4.6"],
        ["4.4"],
        "Telling the client what is really going on in them leaves no room to disagree; an observation offered as an opinion invites partnership.",
        "openness",
        "lexical");

    private static readonly PhraseRule Rule = new(
        new Lexicon("interpretation"),
        ImmutableDictionary.CreateRange(new Dictionary<string, double> { ["fact"] = 0.8 }),
        sentenceExclusions: new Lexicon("interpretation-exclusions"));

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [InterpretationAsFact];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTurnAction(Analyze, SpeakerRole.Coach);
    }

    private static void Analyze(TurnAnalysisContext context)
    {
        // Confidence: 0.8 for every table phrase; the table holds only unhedged fact claims.
        Rule.Report(context, InterpretationAsFact);
    }
}
