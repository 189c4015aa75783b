using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Feelings;

/// <summary>
/// TS4502 invites the client to express feelings, perceptions, concerns, beliefs, views or suggestions
/// ("What's coming up for you?", "What worries you most?", "What's your sense of it?", "Say more about
/// that."), from <c>Lexicons/invitations.txt</c>, in questions and requests. "Feel" about scheduling
/// ("How do you feel about Tuesday?") does not count.
/// </summary>
public sealed class InvitesFeelingsDetector : IMarkerDetector
{
    /// <summary>The TS4502 descriptor.</summary>
    public static readonly MarkerDescriptor InvitesFeelings = BuiltInMarkers.Describe(
        "TS4502",
        "Invites feelings, perceptions or views",
        "The coach invites the client to say what they feel or think: \"{0}\".",
        Polarity.Evidence,
        ["4.5"],
        ["4.3"],
        "Inviting the client's feelings, concerns and views, and making room for them, supports their expression (PCC 4.3).",
        "feelings",
        "lexical");

    private static readonly PhraseRule Rule = new(
        new Lexicon("invitations"),
        ImmutableDictionary.CreateRange(new Dictionary<string, double> { ["feeling"] = 0.85, ["concern"] = 0.85, ["view"] = 0.75, ["more"] = 0.7 }),
        sentenceExclusions: new Lexicon("invitations-exclusions"));

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [InvitesFeelings];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTurnAction(Analyze, SpeakerRole.Coach);
    }

    private static void Analyze(TurnAnalysisContext context)
    {
        // A statement counts only as a request ("Say more about that."); a question always.
        // Confidence: 0.85 asking for feelings or concerns, 0.75 for views, 0.7 for "say more".
        Rule.Report(context, InvitesFeelings, hit => hit.Sentence.IsQuestion || hit.Match.Label == "more");
    }
}
