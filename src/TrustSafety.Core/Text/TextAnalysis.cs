using System.Collections.Immutable;
using TrustSafety.Transcripts;

namespace TrustSafety.Text;

/// <summary>
/// The text analysis of a whole transcript (tokens, sentences, questions per turn), computed once and
/// shared by every detector: detectors never re-tokenise.
/// </summary>
public sealed class TextAnalysis
{
    private readonly ImmutableArray<TurnText> _turns;

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
}
