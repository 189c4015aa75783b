using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.Options;
using TrustSafety.Analysis;
using TrustSafety.Markers.Feelings.Classifier;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Text;

namespace TrustSafety.Markers.Feelings;

/// <summary>
/// TS4501 feelings acknowledgement: the coach names, reflects or validates a feeling, perception, concern
/// or belief the client expressed in the turn it answers. Decided by the trained classifier
/// (<see cref="FeelingsClassifier"/>, docs/model-card.md) or, for comparison, by the keyword baseline.
/// Reported on the coach turn, on its most acknowledging sentence, with the client turn as related location.
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

    private readonly FeelingsAcknowledgementOptions _options;
    private readonly Lazy<FeelingsClassifier> _classifier;

    /// <summary>Creates the detector with the built-in model and default options.</summary>
    public FeelingsAcknowledgementDetector()
        : this(Options.Create(new FeelingsAcknowledgementOptions()))
    {
    }

    /// <summary>Creates the detector.</summary>
    /// <param name="options">The options.</param>
    public FeelingsAcknowledgementDetector(IOptions<FeelingsAcknowledgementOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        var path = _options.ModelPath;
        _classifier = new(() => path is null ? FeelingsClassifier.BuiltIn : FeelingsClassifier.Load(path), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [FeelingsAcknowledgement];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterExchangeAction(_options.Method == FeelingsMethod.Keywords ? AnalyzeWithKeywords : AnalyzeWithModel);
    }

    private static void AnalyzeWithKeywords(ExchangeAnalysisContext context)
    {
        // Confidence 0.6: a keyword is weak evidence of meaning.
        var hit = Keywords.Find(context.TextAnalysis, context.Exchange.CoachTurn.Index).FirstOrDefault();
        if (hit is not null)
        {
            Report(context, context.Exchange, hit.Sentence.Span, hit.Confidence, new Dictionary<string, string> { ["method"] = "keywords", ["phrase"] = hit.Match.Phrase });
        }
    }

    // The whole coach turn is scored, and for a turn of several sentences each sentence too (one pooled
    // prediction each). A sentence counts with the lower of its own and its turn's score, so one
    // acknowledging phrase inside advice or a summary does not carry the turn; the best sentence is the span.
    // The turn is scored without its questions when it has statements too: a question after an
    // acknowledgement does not take it back (docs/feelings-labelling.md).
    private void AnalyzeWithModel(ExchangeAnalysisContext context)
    {
        var classifier = _classifier.Value;
        var client = context.Exchange.ClientTurn.Text;
        var coach = context.CoachText;
        if (coach.Tokens.IsEmpty)
        {
            return;
        }

        var questions = coach.Sentences.Count(s => s.IsQuestion);
        var turn = questions == 0 || questions == coach.Sentences.Length ? coach.Text : string.Join(' ', coach.Sentences.Where(s => !s.IsQuestion).Select(s => coach.Quote(s.Span)));
        var scores = classifier.ScoreAnswers(client, [turn, .. coach.Sentences.Length > 1 ? coach.Sentences.Select(s => coach.Quote(s.Span)) : []]);
        var (span, probability) = coach.Sentences.Length <= 1
            ? (TextSpan.FromBounds(coach.Tokens[0].Span.Start, coach.Tokens[^1].Span.End), scores[0])
            : coach.Sentences.Select((s, i) => (s.Span, Math.Min(scores[0], scores[i + 1]))).MaxBy(s => s.Item2);
        if (probability >= _options.Threshold)
        {
            var confidence = Math.Round(probability, 2);
            Report(context, context.Exchange, span, confidence, new Dictionary<string, string> { ["method"] = "model", ["probability"] = confidence.ToString("0.00", CultureInfo.InvariantCulture) });
        }
    }

    private static void Report(AnalysisActionContext context, Exchange exchange, TextSpan span, double confidence, Dictionary<string, string> properties) =>
        context.Report(Marker.Create(
            FeelingsAcknowledgement,
            MarkerLocation.InTurn(exchange.CoachTurn, span),
            confidence,
            [MarkerLocation.InTurn(exchange.ClientTurn)],
            properties,
            context.TextAnalysis[exchange.CoachTurn.Index].Quote(span)));
}
