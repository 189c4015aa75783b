using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Feelings;

/// <summary>
/// TS4504 therapy drift: the coach pulls the client into childhood origins, asks them to relive painful
/// detail, or diagnoses ("That sounds like trauma"), from <c>Lexicons/therapy-drift.txt</c>.
/// </summary>
public sealed class TherapyDriftDetector : IMarkerDetector
{
    /// <summary>The TS4504 descriptor.</summary>
    public static readonly MarkerDescriptor TherapyDrift = BuiltInMarkers.Describe(
        "TS4504",
        "Therapy drift",
        "The coach digs into the past or the pain for its own sake: \"{0}\".",
        Polarity.RedFlag,
        ["4.5"],
        [],
        "Coaching is not therapy: spiralling into the past, the pain and the story takes the client away from their present and goals.",
        "feelings",
        "lexical");

    private static readonly PhraseRule Rule = new(
        new Lexicon("therapy-drift"),
        ImmutableDictionary.CreateRange(new Dictionary<string, double> { ["diagnose"] = 0.85, ["relive"] = 0.8, ["origin"] = 0.7 }));

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [TherapyDrift];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTurnAction(Analyze, SpeakerRole.Coach);
    }

    private static void Analyze(TurnAnalysisContext context)
    {
        // Confidence: 0.85 diagnosing, 0.8 asking to relive pain, 0.7 probing childhood origins (sometimes linked to the goal).
        Rule.Report(context, TherapyDrift);
    }
}
