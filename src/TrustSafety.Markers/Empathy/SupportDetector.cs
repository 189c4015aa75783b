using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Text;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Empathy;

/// <summary>
/// TS4401 support, empathy or concern: the coach recognises that something is hard ("That's a lot to
/// carry"), shows concern ("I'm sorry that happened"), asks what would help now, or offers to stay with
/// it ("No rush"), from <c>Lexicons/empathy.txt</c>. Not in a turn that changes the subject after a
/// condolence ("anyway"), nor an apology for logistics.
/// </summary>
public sealed class SupportDetector : IMarkerDetector
{
    /// <summary>The TS4401 descriptor.</summary>
    public static readonly MarkerDescriptor Support = BuiltInMarkers.Describe(
        "TS4401",
        "Support, empathy or concern",
        "The coach shows support or concern: \"{0}\".",
        Polarity.Evidence,
        ["4.4"],
        ["4.2"],
        "Brief, sincere recognition of something hard, or asking what would help now, shows the client they are not alone with it.",
        "empathy",
        "lexical");

    private static readonly Lexicon Phrases = new("empathy");

    private static readonly Lexicon Exclusions = new("empathy-exclusions");

    private static readonly PhraseRule Rule = new(
        Phrases,
        ImmutableDictionary.CreateRange(new Dictionary<string, double> { ["recognise"] = 0.85, ["concern"] = 0.8, ["help"] = 0.8, ["stay"] = 0.7 }));

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [Support];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTurnAction(Analyze, SpeakerRole.Coach);
    }

    private static void Analyze(TurnAnalysisContext context)
    {
        var exclusions = Exclusions.Match(context.TextAnalysis, context.Turn.Index);
        var phrases = Phrases.Match(context.TextAnalysis, context.Turn.Index);

        // An apology for logistics or for the coach's own slip, a change of subject, or "a lot" as an amount
        // ("a lot of options") excludes its sentence; an amount held inside a longer table phrase ("a lot of
        // weight") does not, the longer phrase being the more specific.
        var excluded = exclusions
            .Where(e => e.Label != "amount" || !phrases.Any(p => p.TokenCount > e.TokenCount && Holds(p, e)))
            .Select(e => e.SentenceIndex)
            .ToHashSet();

        // A condolence followed in the same turn by "anyway" or "moving on" is dismissal, not support.
        var subjectChange = exclusions.Where(m => m.Label == "subject").ToList();

        // Confidence: 0.85 recognising difficulty, 0.8 concern or asking what would help, 0.7 offering time.
        Rule.Report(
            context,
            Support,
            hit => !subjectChange.Any(m => m.Span.Start > hit.Match.Span.Start),
            keep: m => !excluded.Contains(m.SentenceIndex));
    }

    /// <summary>Whether the outer match covers every word of the inner one.</summary>
    private static bool Holds(PhraseMatch outer, PhraseMatch inner) =>
        outer.FirstToken <= inner.FirstToken && inner.FirstToken + inner.TokenCount <= outer.FirstToken + outer.TokenCount;
}
