using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Exchanges;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Text;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Openness;

/// <summary>
/// TS4604 invites response: the coach offers a contribution (a statement of at least four words before
/// the invitation), explicitly invites the client to respond to it (<c>Lexicons/invites-response.txt</c>),
/// the client answers in the next turn, and the coach's next turn accepts the answer rather than arguing
/// (<c>Lexicons/argument.txt</c>). Reported on the contribution and invitation, with the client's
/// response as related location.
/// </summary>
public sealed class InvitesResponseDetector : IMarkerDetector
{
    /// <summary>The TS4604 descriptor.</summary>
    public static readonly MarkerDescriptor InvitesResponse = BuiltInMarkers.Describe(
        "TS4604",
        "Invites a response",
        "The coach offers a contribution, invites the client to respond (\"{1}\") and accepts the response: \"{0}\".",
        Polarity.Evidence,
        ["4.6"],
        ["4.4"],
        "Inviting the client to respond to the coach's contributions, and accepting the response, makes the client a partner (PCC 4.4).",
        "openness",
        "lexical");

    private const int MinContributionWords = 4;

    private static readonly Lexicon Invitations = new("invites-response");
    private static readonly Lexicon Arguments = new("argument");

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [InvitesResponse];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTurnAction(Analyze, SpeakerRole.Coach);
    }

    private static void Analyze(TurnAnalysisContext context)
    {
        var text = context.TurnText;
        var invitation = Invitations.Match(context.TextAnalysis, context.Turn.Index).Where(m => !Negation.Precedes(text, m)).MaxBy(m => m.Span.Start);
        var turns = context.Transcript.Turns;
        var responseIndex = context.Turn.Index + 1;
        if (invitation is null || responseIndex >= turns.Length || turns[responseIndex].Role != SpeakerRole.Client)
        {
            return; // no invitation, or nobody answers it
        }

        var contribution = Contribution(text, invitation);
        var reply = RecentTurns.NextOf(context.Transcript, responseIndex, SpeakerRole.Coach);
        if (contribution is not { } first || reply is null || Argues(context.TextAnalysis, reply.Index))
        {
            return; // nothing offered, no next coach turn to accept the answer, or the coach argues
        }

        // Confidence: 0.8; 0.7 when the contribution is under eight words (it may be a question in disguise).
        var span = TextSpan.FromBounds(text.Sentences[first].Span.Start, text.Sentences[invitation.SentenceIndex].Span.End);
        var contributionWords = Enumerable.Range(first, Math.Max(1, invitation.SentenceIndex - first)).Sum(s => Words(text, text.Sentences[s]));
        var confidence = first < invitation.SentenceIndex && contributionWords >= 8 ? 0.8 : 0.7;
        var response = turns[responseIndex];
        context.Report(Marker.Create(
            InvitesResponse,
            MarkerLocation.InTurn(context.Turn, span),
            confidence,
            [MarkerLocation.InTurn(response)],
            new Dictionary<string, string> { ["invitation"] = invitation.Phrase },
            text.Quote(span),
            text.Quote(invitation.Span)));
    }

    // The first sentence of the contribution: the run of statements just before the invitation's sentence
    // (one of them at least four words long), or the invitation's own sentence when enough words stand
    // before the phrase ("One idea is X, how does that sound?").
    private static int? Contribution(TurnText text, PhraseMatch invitation)
    {
        int? first = null;
        var substantial = false;
        for (var s = invitation.SentenceIndex - 1; s >= 0 && !text.Sentences[s].IsQuestion; s--)
        {
            var words = Words(text, text.Sentences[s]);
            if (words >= 3)
            {
                first = s; // a short opener ("Thanks.", "Okay.") is not part of the contribution
            }

            substantial |= words >= MinContributionWords;
        }

        if (first is not null && substantial)
        {
            return first;
        }

        var own = text.Sentences[invitation.SentenceIndex];
        var before = invitation.FirstToken - own.FirstToken;
        return text.Tokens.Skip(own.FirstToken).Take(before).Count(t => t.IsWord) >= 2 * MinContributionWords ? invitation.SentenceIndex : null;
    }

    private static int Words(TurnText text, Sentence sentence) => text.TokensOf(sentence).ToArray().Count(t => t.IsWord);

    // The reply does not accept the answer when its first sentence argues or changes the subject
    // ("Yes, but...", "Anyway, ..."), or the turn holds a strong argument anywhere ("I still think").
    private static bool Argues(TextAnalysis analysis, int turnIndex) =>
        Arguments.Match(analysis, turnIndex).Any(m => m.SentenceIndex == 0 || m.Label == "strong");
}
