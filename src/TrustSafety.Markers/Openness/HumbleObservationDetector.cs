using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Openness;

/// <summary>
/// TS4601 humble observation: in one coach turn, an observation framed as the coach's tentative view
/// ("I notice...", "My sense is...", "I might be wrong, but...") and an invitation to respond to it
/// ("What do you make of that?", "Does that fit?"), from <c>Lexicons/observation.txt</c>. Reported from
/// the offering to the end of the invitation.
/// </summary>
public sealed class HumbleObservationDetector : IMarkerDetector
{
    /// <summary>The TS4601 descriptor.</summary>
    public static readonly MarkerDescriptor HumbleObservation = BuiltInMarkers.Describe(
        "TS4601",
        "Humble observation with an invitation",
        "The coach offers an observation as its own view and invites a response: \"{0}\".",
        Polarity.Evidence,
        ["4.6"],
        ["4.4"],
        "Feedback offered as an opinion, with an invitation to respond, partners with the client instead of telling them.",
        "openness",
        "lexical");

    private static readonly Lexicon Phrases = new("observation");

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [HumbleObservation];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTurnAction(Analyze, SpeakerRole.Coach);
    }

    private static void Analyze(TurnAnalysisContext context)
    {
        var text = context.TurnText;
        var matches = Phrases.Match(context.TextAnalysis, context.Turn.Index).Where(m => !Negation.Precedes(text, m)).ToList();
        var offer = matches.Where(m => m.Label == "offer").OrderBy(m => m.Span.Start).FirstOrDefault();
        var invite = offer is null ? null : matches.Where(m => m.Label == "invite" && m.SentenceIndex >= offer.SentenceIndex).OrderBy(m => m.Span.Start).FirstOrDefault();
        if (offer is null || invite is null)
        {
            return;
        }

        // Confidence: 0.8 when offering and invitation are both stock phrases; the observation itself is not judged.
        var span = Text.TextSpan.FromBounds(text.Sentences[offer.SentenceIndex].Span.Start, text.Sentences[invite.SentenceIndex].Span.End);
        context.Report(Marker.Create(
            HumbleObservation,
            MarkerLocation.InTurn(context.Turn, span),
            0.8,
            properties: new Dictionary<string, string> { ["offer"] = offer.Phrase, ["invite"] = invite.Phrase },
            messageArguments: text.Quote(offer.Span) + " ... " + text.Quote(invite.Span)));
    }
}
