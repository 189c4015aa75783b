using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Feelings;

/// <summary>
/// TS4502 invites the client to express feelings, perceptions, concerns, beliefs, views or suggestions
/// ("What's coming up for you?", "What worries you most?", "What's your sense of it?", "Say more about
/// that."), from <c>Lexicons/invitations.txt</c>, in questions and requests. "Feel" about scheduling
/// ("How do you feel about Tuesday?") does not count, nor does an invitation to respond to the coach's own
/// tentative offering in the same turn ("I might be wrong, but... What do you make of that?": TS4601 and
/// TS4604), nor a question in a turn that pulls the client into past pain (TS4504).
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
        ImmutableDictionary.CreateRange(new Dictionary<string, double> { ["feeling"] = 0.85, ["concern"] = 0.85, ["view"] = 0.75, ["more"] = 0.7, ["curious"] = 0.7 }),
        sentenceExclusions: new Lexicon("invitations-exclusions"));

    private static readonly Lexicon Invitations = new("invitations");
    private static readonly Lexicon Observation = new("observation");
    private static readonly Lexicon Responses = new("invites-response");
    private static readonly Lexicon Drift = new("therapy-drift");

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
        var (analysis, index) = (context.TextAnalysis, context.Turn.Index);
        if (Drift.Match(analysis, index).Any(m => !Negation.Precedes(context.TurnText, m)))
        {
            return; // "What was it like at home when you were growing up?" digs into the past: TS4504
        }

        // Requests in statement form: "Say more about that.", "I'm curious what changed for you."
        var requests = Invitations.Match(analysis, index).Where(m => m.Label is "more" or "curious").Select(m => m.SentenceIndex).ToHashSet();

        // "What do you make of that?" after the coach's own "I might be wrong, but..." asks for a response
        // to the coach's contribution, not for the client's own view.
        var offer = Observation.Match(analysis, index).Where(m => m.Label == "offer").Select(m => m.SentenceIndex).DefaultIfEmpty(int.MaxValue).Min();
        var responses = Responses.Match(analysis, index).Concat(Observation.Match(analysis, index).Where(m => m.Label == "invite"))
            .Select(m => m.SentenceIndex).Where(s => s >= offer).ToHashSet();

        // A statement counts only as a request; a question always.
        // Confidence: 0.85 asking for feelings or concerns, 0.75 for views, 0.7 for "say more" or "I'm curious what".
        Rule.Report(context, InvitesFeelings, hit =>
            (hit.Sentence.IsQuestion || requests.Contains(hit.Match.SentenceIndex)) && !responses.Contains(hit.Match.SentenceIndex));
    }
}
