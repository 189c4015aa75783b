using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Exchanges;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Text;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.RespectAndAdaptation;

/// <summary>
/// TS4202 perceptual matching: in the client's last three turns one sensory mode (visual, auditory or
/// kinesthetic, <c>Lexicons/perceptual.txt</c>) has at least two predicates and at least twice as many as
/// any other mode, and the coach answers with a predicate of that mode. Stock fillers ("I see.", "Sounds
/// good", <c>Lexicons/perceptual-fillers.txt</c>), "Look," as a discourse marker and quoted words do not
/// count. Reported on the coach's predicate, with the client turns' predicates as related locations.
/// </summary>
public sealed class PerceptualMatchingDetector : IMarkerDetector
{
    /// <summary>The TS4202 descriptor.</summary>
    public static readonly MarkerDescriptor PerceptualMatching = BuiltInMarkers.Describe(
        "TS4202",
        "Perceptual matching",
        "The client's language leans {1} ({2}) and the coach answers in the same mode: \"{0}\".",
        Polarity.Evidence,
        ["4.2"],
        [],
        "Answering in the client's own sensory mode (seeing, hearing, feeling) adapts to the client's language and style.",
        "respect",
        "lexical");

    private const int MinClientPredicates = 2;

    private static readonly Lexicon Predicates = new("perceptual");
    private static readonly Lexicon Fillers = new("perceptual-fillers");

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [PerceptualMatching];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTurnAction(Analyze, SpeakerRole.Coach);
    }

    /// <summary>The predicates of a turn that speak about experience: not fillers, discourse markers or quotes.</summary>
    internal static IEnumerable<PhraseMatch> PredicatesOf(TextAnalysis analysis, int turnIndex)
    {
        var text = analysis[turnIndex];
        var fillers = Fillers.Match(analysis, turnIndex);
        return Predicates.Match(analysis, turnIndex)
            .Where(m => !fillers.Any(f => f.Span.Start <= m.Span.Start && m.Span.End <= f.Span.End))
            .Where(m => !IsDiscourseMarker(text, m) && !Quotes.Contain(text, m.Span.Start))
            .GroupBy(m => m.FirstToken)
            .Select(g => g.MaxBy(m => m.TokenCount)!);
    }

    private static void Analyze(TurnAnalysisContext context)
    {
        var clients = RecentTurns.ClientTurnsBefore(context.Transcript, context.Turn.Index);
        var clientPredicates = clients.SelectMany(c => PredicatesOf(context.TextAnalysis, c.Index).Select(m => (Turn: c, Match: m))).ToList();
        var byMode = clientPredicates.GroupBy(p => p.Match.Label).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var lead = byMode.OrderByDescending(g => g.Value.Count).FirstOrDefault();
        if (lead.Value is null || lead.Value.Count < MinClientPredicates || byMode.Where(g => g.Key != lead.Key).Any(g => g.Value.Count * 2 > lead.Value.Count))
        {
            return; // no clear lean
        }

        var match = PredicatesOf(context.TextAnalysis, context.Turn.Index).Where(m => m.Label == lead.Key).MinBy(m => m.Span.Start);
        if (match is null)
        {
            return;
        }

        // Confidence: 0.65 for a lean of two predicates, 0.8 from four, 0.9 from six.
        var confidence = lead.Value.Count switch { >= 6 => 0.9, >= 4 => 0.8, _ => 0.65 };
        var clientWords = string.Join(", ", lead.Value.Select(p => context.TextAnalysis[p.Turn.Index].Quote(p.Match.Span)).Distinct(StringComparer.OrdinalIgnoreCase));
        context.Report(Marker.Create(
            PerceptualMatching,
            MarkerLocation.InTurn(context.Turn, match.Span),
            confidence,
            lead.Value.Select(p => MarkerLocation.InTurn(p.Turn, p.Match.Span)),
            new Dictionary<string, string> { ["mode"] = lead.Key, ["clientWords"] = clientWords, ["coachWord"] = context.TurnText.Quote(match.Span) },
            context.TurnText.Quote(context.TurnText.Sentences[match.SentenceIndex].Span),
            lead.Key,
            clientWords));
    }

    // "Look, ..." or "See, ..." at the start of a sentence.
    private static bool IsDiscourseMarker(TurnText text, PhraseMatch match)
    {
        var next = match.FirstToken + 1;
        return match.FirstToken == text.Sentences[match.SentenceIndex].FirstToken && next < text.Tokens.Length && text.Tokens[next].Normalized == ",";
    }
}
