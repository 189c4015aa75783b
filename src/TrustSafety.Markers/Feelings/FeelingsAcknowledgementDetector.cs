using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Lexicons;

namespace TrustSafety.Markers.Feelings;

/// <summary>
/// TS4501 feelings acknowledgement: the coach names, reflects or validates a feeling, perception, concern
/// or belief the client expressed in the turn it answers. Reported on the coach turn, on the acknowledging
/// sentence, with the client turn as related location.
/// </summary>
public sealed class FeelingsAcknowledgementDetector : IMarkerDetector
{
    /// <summary>The TS4501 descriptor.</summary>
    public static readonly MarkerDescriptor FeelingsAcknowledgement = BuiltInMarkers.Describe(
        "TS4501",
        "Feelings acknowledgement",
        "The coach acknowledges what the client feels or believes: \"{0}\".",
        Polarity.Evidence,
        ["4.5"],
        ["4.3"],
        "Naming, reflecting or validating the client's feelings, perceptions, concerns and beliefs supports their expression (PCC 4.3).",
        "feelings",
        "lexical");

    // The keyword baseline: statements holding a phrase of Lexicons/feelings-keywords.txt, not negated.
    private static readonly PhraseRule Keywords = new(
        new Lexicon("feelings-keywords"),
        ImmutableDictionary.CreateRange(new Dictionary<string, double> { ["feeling"] = 0.6, ["concern"] = 0.6, ["validation"] = 0.6 }),
        questions: false);

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [FeelingsAcknowledgement];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterExchangeAction(Analyze);
    }

    private static void Analyze(ExchangeAnalysisContext context)
    {
        // Confidence 0.6: a keyword is weak evidence of meaning (the baseline).
        var hit = Keywords.Find(context.TextAnalysis, context.Exchange.CoachTurn.Index).FirstOrDefault();
        if (hit is null)
        {
            return;
        }

        var coach = context.Exchange.CoachTurn;
        context.Report(Marker.Create(
            FeelingsAcknowledgement,
            MarkerLocation.InTurn(coach, hit.Sentence.Span),
            hit.Confidence,
            [MarkerLocation.InTurn(context.Exchange.ClientTurn)],
            new Dictionary<string, string> { ["method"] = "keywords", ["phrase"] = hit.Match.Phrase },
            context.CoachText.Quote(hit.Sentence.Span)));
    }
}
