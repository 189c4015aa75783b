using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Conversation;

/// <summary>
/// Reports session figures about the coach's questions, silences and turn lengths (docs/report-format.md):
/// <c>coachQuestions</c>, <c>openQuestionShare</c>, <c>silenceAfterQuestionsMedianSeconds</c> with its
/// quartiles and count, <c>longestCoachTurnWords</c> and <c>interruptions</c>. It reports no marker.
/// </summary>
public sealed class ConversationFiguresDetector : IMarkerDetector
{
    /// <summary>The number of questions the coach asks.</summary>
    public const string CoachQuestions = "coachQuestions";

    /// <summary>The share of the coach's questions that are open, 0..1 (null without questions).</summary>
    public const string OpenQuestionShare = "openQuestionShare";

    /// <summary>The median silence in seconds between a coach turn ending in a question and the client's reply (null without times).</summary>
    public const string SilenceMedian = "silenceAfterQuestionsMedianSeconds";

    /// <summary>The first quartile of those silences.</summary>
    public const string SilenceP25 = "silenceAfterQuestionsP25Seconds";

    /// <summary>The third quartile of those silences.</summary>
    public const string SilenceP75 = "silenceAfterQuestionsP75Seconds";

    /// <summary>How many such silences were measured.</summary>
    public const string SilenceCount = "silenceAfterQuestionsCount";

    /// <summary>The number of words in the longest coach turn.</summary>
    public const string LongestCoachTurnWords = "longestCoachTurnWords";

    /// <summary>How many coach turns start at least 0.3 s before the client's turn ends (null without times).</summary>
    public const string Interruptions = "interruptions";

    private static readonly TimeSpan InterruptionOverlap = TimeSpan.FromSeconds(0.3);

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [];

    /// <inheritdoc />
    public ImmutableArray<string> SupportedFigures { get; } =
        [CoachQuestions, OpenQuestionShare, SilenceMedian, SilenceP25, SilenceP75, SilenceCount, LongestCoachTurnWords, Interruptions];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTranscriptAction(Analyze);
    }

    private static void Analyze(TranscriptAnalysisContext context)
    {
        var turns = context.Transcript.Turns;
        var questions = 0;
        var open = 0;
        var longest = 0;
        var silences = new List<double>();
        int? interruptions = context.Transcript.HasTimes ? 0 : null;
        foreach (var turn in turns.Where(t => t.Role == SpeakerRole.Coach))
        {
            var text = context.TextAnalysis[turn.Index];
            questions += text.Questions.Length;
            open += text.Questions.Count(q => QuestionShape.IsOpen(text.TokensOf(q)));
            longest = Math.Max(longest, text.WordCount);
            var next = turn.Index + 1 < turns.Length ? turns[turn.Index + 1] : null;
            if (!text.Sentences.IsEmpty && text.Sentences[^1].IsQuestion && next is { Role: SpeakerRole.Client, Start: { } replyStart } && turn.End is { } end)
            {
                silences.Add(Math.Max(0, (replyStart - end).TotalSeconds));
            }

            var previous = turn.Index > 0 ? turns[turn.Index - 1] : null;
            if (interruptions is not null && previous is { Role: SpeakerRole.Client, End: { } clientEnd } && turn.Start is { } start && clientEnd - start >= InterruptionOverlap)
            {
                interruptions++;
            }
        }

        silences.Sort();
        context.ReportFigure(CoachQuestions, questions);
        context.ReportFigure(OpenQuestionShare, questions == 0 ? null : Math.Round((double)open / questions, 4));
        context.ReportFigure(SilenceMedian, Quantile(silences, 0.5));
        context.ReportFigure(SilenceP25, Quantile(silences, 0.25));
        context.ReportFigure(SilenceP75, Quantile(silences, 0.75));
        context.ReportFigure(SilenceCount, silences.Count);
        context.ReportFigure(LongestCoachTurnWords, longest);
        context.ReportFigure(Interruptions, interruptions);
    }

    /// <summary>A quantile by linear interpolation between the closest ranks, rounded to milliseconds.</summary>
    private static double? Quantile(List<double> sorted, double q)
    {
        if (sorted.Count == 0)
        {
            return null;
        }

        var position = q * (sorted.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return Math.Round(sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower)), 3);
    }
}
