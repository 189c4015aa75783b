using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Text;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Acknowledgement;

/// <summary>
/// TS4301 acknowledges the client's talents, strengths, insight, effort or work ("It took real courage
/// to tell her", "That's an important realisation", "Thank you for pushing back on me"), and TS4302
/// the same while closing the session: in the last 15% of the session's time (or of its turns when
/// untimed), reported in addition to TS4301. Phrases from <c>Lexicons/acknowledgement.txt</c>, in
/// statements only; a negated phrase does not count, nor one in a sentence holding a phrase of
/// <c>Lexicons/acknowledgement-exclusions.txt</c> (deference, strengths as a topic), one inside quotation
/// marks (the client's words) or one after an "if" in its sentence (conditional).
/// </summary>
public sealed class AcknowledgementDetector : IMarkerDetector
{
    /// <summary>The TS4301 descriptor.</summary>
    public static readonly MarkerDescriptor Acknowledgement = BuiltInMarkers.Describe(
        "TS4301",
        "Acknowledges talents, insight or effort",
        "The coach acknowledges the client: \"{0}\".",
        Polarity.Evidence,
        ["4.3"],
        ["4.1"],
        "Naming the client's strengths, effort and insights, specifically, recognises their work in the coaching.",
        "acknowledgement",
        "lexical");

    /// <summary>The TS4302 descriptor.</summary>
    public static readonly MarkerDescriptor ClosingAcknowledgement = BuiltInMarkers.Describe(
        "TS4302",
        "Acknowledgement while closing",
        "The coach acknowledges the client while closing the session: \"{0}\".",
        Polarity.Evidence,
        ["4.3"],
        ["4.1"],
        "Acknowledging the client's work as the session closes lets them leave with their own contribution named.",
        "acknowledgement",
        "lexical");

    /// <summary>The share of the session, at its end, that counts as closing.</summary>
    public const double ClosingShare = 0.15;

    private static readonly PhraseRule Rule = new(
        new Lexicon("acknowledgement"),
        ImmutableDictionary.CreateRange(new Dictionary<string, double> { ["insight"] = 0.85, ["effort"] = 0.8, ["quality"] = 0.8, ["contribution"] = 0.75 }),
        questions: false,
        sentenceExclusions: new Lexicon("acknowledgement-exclusions"));

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [Acknowledgement, ClosingAcknowledgement];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTurnAction(Analyze, SpeakerRole.Coach);
    }

    private static void Analyze(TurnAnalysisContext context)
    {
        var closing = InClosing(context.Transcript, context.Turn);
        foreach (var hit in Rule.Find(context).Where(h => Asserted(context.TurnText, h)))
        {
            // Confidence: 0.85 acknowledging an insight, 0.8 effort or a quality, 0.75 thanks for a contribution.
            context.Report(PhraseRule.ToMarker(context, Acknowledgement, hit));
            if (closing)
            {
                context.Report(PhraseRule.ToMarker(context, ClosingAcknowledgement, hit));
            }
        }
    }

    /// <summary>
    /// Whether the coach asserts the hit: not inside quotation marks ("you said \"that took courage\"" quotes
    /// the client) and not after an "if" in the same sentence ("If you tell her, that takes courage" is conditional).
    /// </summary>
    private static bool Asserted(TurnText text, PhraseRule.Hit hit)
    {
        if (Quotes.Contain(text, hit.Match.Span.Start))
        {
            return false;
        }

        for (var t = hit.Sentence.FirstToken; t < hit.Match.FirstToken; t++)
        {
            if (text.Tokens[t].IsWord && text.Tokens[t].Normalized == "if")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a turn lies in the closing part: by time when the session is timed, else by position.</summary>
    private static bool InClosing(Transcript transcript, Turn turn)
    {
        var starts = transcript.Turns.Select(t => t.Start).Where(s => s is not null).Select(s => s!.Value).ToList();
        var ends = transcript.Turns.Select(t => t.End).Where(e => e is not null).Select(e => e!.Value).ToList();
        if (transcript.HasTimes && starts.Count > 0 && ends.Count > 0 && turn.Start is { } start)
        {
            var first = starts.Min();
            var last = ends.Max();
            return start >= first + ((last - first) * (1 - ClosingShare));
        }

        return turn.Index >= (1 - ClosingShare) * transcript.Turns.Length;
    }
}
