using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Text;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Feelings;

/// <summary>
/// TS4503 dismissal: the client shares something vulnerable (a painful feeling, a disclosure or repeated
/// difficulty, <c>Lexicons/vulnerability.txt</c>) and the coach's next answer that is not a backchannel
/// neither acknowledges nor engages with it: it minimises or moves on (<c>Lexicons/dismissal.txt</c>), or
/// shows no engagement at all (no words of the client's, nothing from <c>Lexicons/engagement.txt</c>,
/// the empathy or invitation tables). Reported on the coach turn, with the client turns as related locations.
/// </summary>
public sealed class DismissalDetector : IMarkerDetector
{
    /// <summary>The TS4503 descriptor.</summary>
    public static readonly MarkerDescriptor Dismissal = BuiltInMarkers.Describe(
        "TS4503",
        "Dismissal",
        "The client shares something vulnerable (\"{1}\") and the coach does not engage with it: \"{0}\".",
        Polarity.RedFlag,
        ["4.5"],
        ["4.3"],
        "Skipping over a vulnerable disclosure (moving on, logistics, \"anyway\", minimising) tells the client it is not safe to share.",
        "feelings",
        "lexical");

    private static readonly Lexicon Vulnerability = new("vulnerability");
    private static readonly Lexicon Dismissive = new("dismissal");
    private static readonly Lexicon Advice = new("caretaking");
    private static readonly Lexicon[] Engaged = [new("engagement"), new("empathy"), new("invitations"), new("feelings-keywords")];

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [Dismissal];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTurnAction(Analyze, SpeakerRole.Coach);
    }

    private static void Analyze(TurnAnalysisContext context)
    {
        var coach = context.TurnText;
        if (Words.IsBackchannel(coach))
        {
            return;
        }

        // What the client said since the coach's previous answer that was not a backchannel.
        var clients = new List<Turn>();
        for (var i = context.Turn.Index - 1; i >= 0; i--)
        {
            var turn = context.Transcript.Turns[i];
            if (turn.Role == SpeakerRole.Coach && !Words.IsBackchannel(context.TextAnalysis[i]))
            {
                break;
            }

            if (turn.Role == SpeakerRole.Client)
            {
                clients.Insert(0, turn);
            }
        }

        var vulnerable = clients.SelectMany(c => VulnerableMatches(context.TextAnalysis, c.Index).Select(m => (Turn: c, Match: m))).ToList();
        var hard = clients.SelectMany(c => Vulnerability.Match(context.TextAnalysis, c.Index).Where(m => m.Label == "difficulty").Select(m => (Turn: c, Match: m))).ToList();
        var difficulties = hard.Count;
        if (vulnerable.Count == 0 && difficulties == 0)
        {
            return;
        }

        var lastIndex = clients[^1].Index;
        var dismissive = Dismissive.Match(context.TextAnalysis, context.Turn.Index).Where(m => !Negation.Precedes(coach, m)).ToList();
        var minimise = dismissive.FirstOrDefault(m => m.Label == "minimise");
        var move = dismissive.FirstOrDefault(m => m.Label == "move");
        var engagements = Engaged.SelectMany(l => l.Match(context.TextAnalysis, context.Turn.Index)).ToList();
        var engagement = engagements.Select(m => m.Span.Start).DefaultIfEmpty(-1).Max();
        var substantive = engagements.Any(m => m.Label != "token" && !m.Phrase.Contains("sorry", StringComparison.Ordinal));
        var clientMovedOn = Dismissive.Match(context.TextAnalysis, lastIndex).Any(m => m.Label == "move");

        // Confidence: 0.8 when the coach minimises; 0.7 when it moves on without engaging, or with only a
        // token ("Oh, I'm sorry. Anyway, ..."); 0.6 when it goes straight to advice, or opens with a token
        // and turns to something else. Engaging first and then offering to move on is not a dismissal.
        PhraseMatch cue;
        double confidence;
        if (vulnerable.Count == 0 && difficulties < 2 && minimise is null)
        {
            return; // one difficulty word is vulnerable enough only for minimising
        }

        if (minimise is not null)
        {
            (cue, confidence) = (minimise, 0.8);
        }
        else if (move is not null && !clientMovedOn && !substantive)
        {
            (cue, confidence) = (move, 0.7);
        }
        else if (!substantive && !clientMovedOn && VulnerableMatches(context.TextAnalysis, lastIndex).Any() && Advice.Match(context.TextAnalysis, context.Turn.Index).FirstOrDefault(m => !Negation.Precedes(coach, m)) is { } advice)
        {
            // Straight to telling or advice after a painful disclosure, with no acknowledgement.
            (cue, confidence) = (advice with { Label = "advise" }, 0.6);
        }
        else if (engagement < 0 && !clientMovedOn && StartsWithToken(coach) && coach.Sentences.Length > 1 && VulnerableMatches(context.TextAnalysis, lastIndex).Any())
        {
            // "Okay. And what's the turnover?": a token, then something else, right after a painful disclosure.
            (cue, confidence) = (new PhraseMatch("move", coach.Tokens[0].Normalized, coach.Tokens[0].Span, 0, 0, 1), 0.6);
        }
        else
        {
            return;
        }

        var shared = vulnerable.Count > 0 ? vulnerable[0] : hard[0];
        var sharedText = context.TextAnalysis[shared.Turn.Index];
        var tokens = coach.Tokens;
        var span = TextSpan.FromBounds(tokens[0].Span.Start, tokens[^1].Span.End);
        context.Report(Marker.Create(
            Dismissal,
            MarkerLocation.InTurn(context.Turn, span),
            confidence,
            clients.Select(c => MarkerLocation.InTurn(c)),
            new Dictionary<string, string>
            {
                ["clientWords"] = sharedText.Quote(shared.Match.Span),
                ["kind"] = cue.Label,
                ["phrase"] = cue.Phrase,
            },
            coach.Quote(coach.Sentences[cue.SentenceIndex].Span),
            sharedText.Quote(sharedText.Sentences[shared.Match.SentenceIndex].Span)));
    }

    private static bool StartsWithToken(TurnText text) =>
        text.Tokens.FirstOrDefault(t => t.IsWord).Normalized is "okay" or "ok" or "right" or "oh" or "well" or "alright" or "sure";

    private static IEnumerable<PhraseMatch> VulnerableMatches(TextAnalysis analysis, int turnIndex) =>
        Vulnerability.Match(analysis, turnIndex).Where(m => m.Label is "emotion" or "disclosure" && !Negation.Precedes(analysis[turnIndex], m));
}
