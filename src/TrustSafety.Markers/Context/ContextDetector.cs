using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Context;

/// <summary>
/// TS4101 explores the client's context: values and beliefs ("What matters most to you here?"),
/// identity and roles ("being the first in your family"), the people and culture around them, and the
/// experiences that shape the topic, from <c>Lexicons/context.txt</c>. A generalisation about the
/// client's group is TS4204 instead, a turn that digs into past pain TS4504, and a stock "So what I hear
/// you saying is..." reflection (TS4203) does not explore.
/// </summary>
public sealed class ContextDetector : IMarkerDetector
{
    /// <summary>The TS4101 descriptor.</summary>
    public static readonly MarkerDescriptor Context = BuiltInMarkers.Describe(
        "TS4101",
        "Explores the client's context",
        "The coach explores the client's context: \"{0}\".",
        Polarity.Evidence,
        ["4.1"],
        [],
        "Understanding the client within their identity, values, relationships and experiences is where trust starts (4.1).",
        "context",
        "lexical");

    private static readonly Lexicon Groups = new("group-generalisation");
    private static readonly Lexicon Drift = new("therapy-drift");
    private static readonly Lexicon Openers = new("reflective-openers");

    private static readonly PhraseRule Rule = new(
        new Lexicon("context"),
        ImmutableDictionary.CreateRange(new Dictionary<string, double> { ["values"] = 0.85, ["beliefs"] = 0.85, ["identity"] = 0.8, ["people"] = 0.7, ["experience"] = 0.7 }));

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [Context];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTurnAction(Analyze, SpeakerRole.Coach);
    }

    private static void Analyze(TurnAnalysisContext context)
    {
        var (analysis, index) = (context.TextAnalysis, context.Turn.Index);
        if (Drift.Match(analysis, index).Any(m => !Negation.Precedes(context.TurnText, m)))
        {
            return; // "Where does that come from? What was it like growing up?" digs into the past: TS4504
        }

        // A group generalisation is TS4204; a stock "So what I hear you saying is..." (TS4203) parrots
        // the client's words rather than exploring their context.
        var excluded = Groups.Match(analysis, index).Concat(Openers.Match(analysis, index)).Select(m => m.SentenceIndex).ToHashSet();
        // Confidence: 0.85 values or beliefs, 0.8 identity, 0.7 people, culture or experience (often facts).
        Rule.Report(context, Context, hit => !excluded.Contains(hit.Match.SentenceIndex));
    }
}
