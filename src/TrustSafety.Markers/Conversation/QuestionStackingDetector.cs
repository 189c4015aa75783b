using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.Options;
using TrustSafety.Analysis;
using TrustSafety.Text;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Conversation;

/// <summary>
/// TS4003 question stacking: three or more questions (configurable) in one coach turn without waiting
/// for an answer. A pause of 2 s or more between the turn's utterances counts as waiting and starts a
/// new run; the alternatives of an either/or question split by question marks ("Is it the pace? The
/// money? Or the people?") count as one question. Reported on the coach turn, the span covering the stacked questions.
/// </summary>
public sealed class QuestionStackingDetector : IMarkerDetector
{
    /// <summary>The TS4003 descriptor.</summary>
    public static readonly MarkerDescriptor QuestionStacking = BuiltInMarkers.Describe(
        "TS4003",
        "Question stacking",
        "The coach asks {0} questions in a row without waiting for an answer.",
        Polarity.RedFlag,
        [],
        [],
        "Several questions fired in one turn leave the client to pick one and shut down the space to think.",
        "conversation",
        "questions");

    private readonly QuestionStackingOptions _options;

    /// <summary>Creates the detector with default options.</summary>
    public QuestionStackingDetector()
        : this(Options.Create(new QuestionStackingOptions()))
    {
    }

    /// <summary>Creates the detector.</summary>
    /// <param name="options">The options.</param>
    public QuestionStackingDetector(IOptions<QuestionStackingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [QuestionStacking];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTurnAction(Analyze, SpeakerRole.Coach);
    }

    private void Analyze(TurnAnalysisContext context)
    {
        var turn = context.Turn;
        var questions = context.TurnText.Questions;
        if (questions.Length < _options.MinQuestions)
        {
            return;
        }

        // Either/or alternatives ("The money? Or the people?") belong to the question before them.
        var alternatives = QuestionShape.Alternatives(context.TurnText, questions);
        var run = new List<Sentence>();
        var count = 0;
        for (var i = 0; i < questions.Length; i++)
        {
            var question = questions[i];
            if (run.Count > 0 && Waited(turn, run[^1], question))
            {
                ReportRun(context, run, count);
                run.Clear();
                count = 0;
            }

            run.Add(question);
            count += alternatives[i] ? 0 : 1;
        }

        ReportRun(context, run, count);
    }

    private bool Waited(Turn turn, Sentence previous, Sentence next)
    {
        var before = turn.GetUtteranceIndexAt(previous.Span.End - 1);
        var after = turn.GetUtteranceIndexAt(next.Span.Start);
        for (var i = before; i < after; i++)
        {
            if (turn.Utterances[i].End is { } end && turn.Utterances[i + 1].Start is { } start && start - end >= _options.WaitingPause)
            {
                return true;
            }
        }

        return false;
    }

    private void ReportRun(TurnAnalysisContext context, List<Sentence> run, int questions)
    {
        if (questions < _options.MinQuestions)
        {
            return;
        }

        // Confidence grows with the size of the stack: 0.7 at the threshold, up to 0.95.
        var confidence = Math.Round(Math.Min(0.95, 0.7 + (0.1 * (questions - _options.MinQuestions))), 2);
        var span = TextSpan.FromBounds(run[0].Span.Start, run[^1].Span.End);
        context.Report(Marker.Create(
            QuestionStacking,
            MarkerLocation.InTurn(context.Turn, span),
            confidence,
            properties: new Dictionary<string, string> { ["questions"] = questions.ToString(CultureInfo.InvariantCulture) },
            messageArguments: questions.ToString(CultureInfo.InvariantCulture)));
    }
}
