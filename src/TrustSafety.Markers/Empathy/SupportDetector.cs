using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Lexicons;
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

    private static readonly PhraseRule Rule = new(
        new Lexicon("empathy"),
        ImmutableDictionary.CreateRange(new Dictionary<string, double> { ["recognise"] = 0.85, ["concern"] = 0.8, ["help"] = 0.8, ["stay"] = 0.7 }),
        sentenceExclusions: new Lexicon("empathy-exclusions"));

    private static readonly Lexicon ChangeOfSubject = new("empathy-exclusions");

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
        // A condolence followed in the same turn by "anyway" or "moving on" is dismissal, not support.
        var subjectChange = ChangeOfSubject.Match(context.TextAnalysis, context.Turn.Index).Where(m => m.Label == "subject").ToList();
        // Confidence: 0.85 recognising difficulty, 0.8 concern or asking what would help, 0.7 offering time.
        Rule.Report(context, Support, hit => !subjectChange.Any(m => m.Span.Start > hit.Match.Span.Start));
    }
}
