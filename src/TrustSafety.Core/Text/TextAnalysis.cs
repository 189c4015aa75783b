using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using TrustSafety.Transcripts;

namespace TrustSafety.Text;

/// <summary>
/// The text analysis of a whole transcript (tokens, sentences, questions per turn), computed once and
/// shared by every detector: detectors never re-tokenise.
/// </summary>
public sealed class TextAnalysis
{
    private readonly ImmutableArray<TurnText> _turns;
    private readonly ConditionalWeakTable<PhraseMatcher, Lazy<ImmutableArray<ImmutableArray<PhraseMatch>>>> _matches = [];

    internal TextAnalysis(IReadOnlyList<Turn> turns)
    {
        _turns = turns.Select(t => Tokenizer.Analyze(t.Text)).ToImmutableArray();
    }

    /// <summary>Gets the analysis of a turn.</summary>
    /// <param name="turnIndex">The 0-based turn index.</param>
    /// <returns>The turn's tokens, sentences and questions.</returns>
    public TurnText this[int turnIndex] => _turns[turnIndex];

    /// <summary>Gets the number of analysed turns.</summary>
    public int Count => _turns.Length;

    /// <summary>
    /// Gets the matches of a phrase matcher in a turn. The matcher runs once over the whole transcript, the
    /// first time any detector asks, and every detector sharing the matcher reuses the result.
    /// </summary>
    /// <param name="matcher">The matcher (share one instance between detectors).</param>
    /// <param name="turnIndex">The 0-based turn index.</param>
    /// <returns>The matches in that turn.</returns>
    public ImmutableArray<PhraseMatch> Match(PhraseMatcher matcher, int turnIndex)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        var all = _matches.GetValue(matcher, m => new Lazy<ImmutableArray<ImmutableArray<PhraseMatch>>>(
            () => [.. _turns.Select(m.Match)], LazyThreadSafetyMode.ExecutionAndPublication));
        return all.Value[turnIndex];
    }
}
