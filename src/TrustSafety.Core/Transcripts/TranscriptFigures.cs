using System.Collections.Immutable;
using TrustSafety.Text;

namespace TrustSafety.Transcripts;

/// <summary>
/// Figures derived from a transcript once: words and talk time per role, shares, and the gap before each
/// turn. Talk time counts only utterances whose source gives both start and end.
/// </summary>
public sealed class TranscriptFigures
{
    private readonly ImmutableDictionary<SpeakerRole, int> _words;
    private readonly ImmutableDictionary<SpeakerRole, TimeSpan> _talkTime;
    private readonly ImmutableArray<TimeSpan?> _gaps;

    internal TranscriptFigures(IReadOnlyList<Turn> turns, TextAnalysis analysis)
    {
        var words = new Dictionary<SpeakerRole, int>();
        var talk = new Dictionary<SpeakerRole, TimeSpan>();
        var gaps = ImmutableArray.CreateBuilder<TimeSpan?>(turns.Count);
        var timed = false;
        for (var i = 0; i < turns.Count; i++)
        {
            var turn = turns[i];
            words[turn.Role] = words.GetValueOrDefault(turn.Role) + analysis[i].WordCount;
            foreach (var utterance in turn.Utterances)
            {
                if (utterance is { Start: { } s, End: { } e })
                {
                    talk[turn.Role] = talk.GetValueOrDefault(turn.Role) + (e - s);
                    timed = true;
                }
            }

            gaps.Add(i > 0 && turns[i - 1].End is { } previousEnd && turn.Start is { } start ? start - previousEnd : null);
        }

        _words = words.ToImmutableDictionary();
        _talkTime = talk.ToImmutableDictionary();
        _gaps = gaps.MoveToImmutable();
        TotalWords = words.Values.Sum();
        HasTalkTime = timed;
        TotalTalkTime = timed ? talk.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b) : null;
        var firstStart = turns.Select(t => t.Start).FirstOrDefault(t => t is not null);
        var lastEnd = turns.Select(t => t.End).LastOrDefault(t => t is not null);
        Duration = firstStart is { } fs && lastEnd is { } le && le >= fs ? le - fs : null;
    }

    /// <summary>Gets the number of words in all turns.</summary>
    public int TotalWords { get; }

    /// <summary>Gets a value indicating whether any utterance has both start and end times.</summary>
    public bool HasTalkTime { get; }

    /// <summary>Gets the total talk time, or <see langword="null"/> when no utterance is timed.</summary>
    public TimeSpan? TotalTalkTime { get; }

    /// <summary>Gets the time from the first start to the last end, when both are known.</summary>
    public TimeSpan? Duration { get; }

    /// <summary>Gets the number of words spoken by a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The word count.</returns>
    public int WordsOf(SpeakerRole role) => _words.GetValueOrDefault(role);

    /// <summary>Gets a role's share of all words, between 0 and 1 (0 for an empty transcript).</summary>
    /// <param name="role">The role.</param>
    /// <returns>The share.</returns>
    public double WordShareOf(SpeakerRole role) => TotalWords == 0 ? 0 : (double)WordsOf(role) / TotalWords;

    /// <summary>Gets a role's talk time, or <see langword="null"/> when the transcript has no times.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The talk time.</returns>
    public TimeSpan? TalkTimeOf(SpeakerRole role) => HasTalkTime ? _talkTime.GetValueOrDefault(role) : null;

    /// <summary>Gets a role's share of the talk time, or <see langword="null"/> when it cannot be measured.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The share between 0 and 1.</returns>
    public double? TalkTimeShareOf(SpeakerRole role) =>
        TotalTalkTime is { } total && total > TimeSpan.Zero ? _talkTime.GetValueOrDefault(role) / total : null;

    /// <summary>
    /// Gets the gap between the end of the previous turn and the start of this one (negative when they
    /// overlap), or <see langword="null"/> when either time is missing or the turn is the first.
    /// </summary>
    /// <param name="turnIndex">The 0-based turn index.</param>
    /// <returns>The gap.</returns>
    public TimeSpan? GapBefore(int turnIndex) => _gaps[turnIndex];
}
