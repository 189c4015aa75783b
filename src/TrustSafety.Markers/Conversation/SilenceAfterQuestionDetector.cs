using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.Options;
using TrustSafety.Analysis;
using TrustSafety.Text;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Conversation;

/// <summary>
/// TS4002 space: the coach ends its turn with an open question (optionally followed by a short phrase
/// such as "Take your time.") and the client's reply starts at least 2 s after the coach stops. Needs
/// start and end times. Reported on the question, with the client's reply as the related location.
/// </summary>
public sealed class SilenceAfterQuestionDetector : IMarkerDetector
{
    /// <summary>The TS4002 descriptor.</summary>
    public static readonly MarkerDescriptor SpaceAfterQuestion = BuiltInMarkers.Describe(
        "TS4002",
        "Space after a question",
        "The coach asks an open question and leaves {0} s of silence before the client answers.",
        Polarity.Evidence,
        [],
        [],
        "Silence after an open question gives the client room to think instead of filling it for them.",
        "conversation",
        MarkerTags.RequiresTimes);

    private readonly SilenceAfterQuestionOptions _options;

    /// <summary>Creates the detector with default options.</summary>
    public SilenceAfterQuestionDetector()
        : this(Options.Create(new SilenceAfterQuestionOptions()))
    {
    }

    /// <summary>Creates the detector.</summary>
    /// <param name="options">The options.</param>
    public SilenceAfterQuestionDetector(IOptions<SilenceAfterQuestionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [SpaceAfterQuestion];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTurnAction(Analyze, SpeakerRole.Coach);
    }

    private void Analyze(TurnAnalysisContext context)
    {
        var turn = context.Turn;
        var turns = context.Transcript.Turns;
        if (turn.Index + 1 >= turns.Length || turns[turn.Index + 1].Role != SpeakerRole.Client
            || turn.End is not { } end || turns[turn.Index + 1].Start is not { } replyStart)
        {
            return;
        }

        var silence = replyStart - end;
        if (silence < _options.MinSilence || FinalQuestion(context.TurnText) is not { } question)
        {
            return;
        }

        // Confidence: 0.8 at the threshold, 0.9 once the silence is twice as long.
        var confidence = silence >= 2 * _options.MinSilence ? 0.9 : 0.8;
        var reply = turns[turn.Index + 1];
        var replyText = context.TextAnalysis[reply.Index];
        var replySpan = replyText.Sentences.IsEmpty ? new TextSpan(0, reply.Text.Length) : replyText.Sentences[0].Span;
        context.Report(Marker.Create(
            SpaceAfterQuestion,
            MarkerLocation.InTurn(turn, question.Span),
            confidence,
            [MarkerLocation.InTurn(reply, replySpan)],
            new Dictionary<string, string> { ["silenceSeconds"] = silence.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) },
            silence.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)));
    }

    /// <summary>The open question that ends the turn, allowing a short space-holding phrase after it.</summary>
    private Sentence? FinalQuestion(TurnText text)
    {
        var sentences = text.Sentences;
        if (sentences.IsEmpty)
        {
            return null;
        }

        var last = sentences[^1];
        if (!last.IsQuestion && sentences.Length > 1 && QuestionShape.WordCount(text.TokensOf(last)) <= _options.MaxTrailingWords)
        {
            last = sentences[^2];
        }

        return last.IsQuestion && QuestionShape.IsOpen(text.TokensOf(last)) ? last : null;
    }
}
