using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Openness;

/// <summary>
/// TS4602 transparency: the coach names its own uncertainty ("I'm not sure where to take this"), its
/// process ("I'm going to slow us down", "I notice I'm tempted to advise") or a mistake ("I misread
/// you"), from <c>Lexicons/transparency.txt</c>. Reported on the sentence.
/// </summary>
public sealed class TransparencyDetector : IMarkerDetector
{
    /// <summary>The TS4602 descriptor.</summary>
    public static readonly MarkerDescriptor Transparency = BuiltInMarkers.Describe(
        "TS4602",
        "Transparency",
        "The coach is open about itself: \"{0}\".",
        Polarity.Evidence,
        ["4.6"],
        [],
        "Naming its own uncertainty, process or mistakes shows the coach's vulnerability and builds trust.",
        "openness",
        "lexical");

    private static readonly PhraseRule Rule = new(
        new Lexicon("transparency"),
        ImmutableDictionary.CreateRange(new Dictionary<string, double> { ["mistake"] = 0.85, ["uncertain"] = 0.8, ["process"] = 0.75 }));

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [Transparency];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTurnAction(Analyze, SpeakerRole.Coach);
    }

    private static void Analyze(TurnAnalysisContext context)
    {
        // Confidence: 0.85 owning a mistake, 0.8 naming uncertainty, 0.75 explaining its process.
        Rule.Report(context, Transparency);
    }
}
