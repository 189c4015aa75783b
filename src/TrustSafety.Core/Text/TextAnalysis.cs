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
        _looksEnglish = new Lazy<bool>(() =>
        {
            var words = _turns.SelectMany(t => t.Tokens).Where(t => t.IsWord).ToList();
            return words.Count < 20 || words.Count(w => EnglishFunctionWords.Contains(w.Normalized)) >= 0.15 * words.Count;
        });
    }

    /// <summary>Gets the analysis of a turn.</summary>
    /// <param name="turnIndex">The 0-based turn index.</param>
    /// <returns>The turn's tokens, sentences and questions.</returns>
    public TurnText this[int turnIndex] => _turns[turnIndex];

    // Very common English function words: in English speech they make up well over a quarter of the words.
    private static readonly ImmutableHashSet<string> EnglishFunctionWords =
    [
        "the", "a", "an", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "that", "this", "it",
        "is", "are", "was", "were", "be", "i", "you", "he", "she", "we", "they", "me", "my", "your", "what", "how",
        "not", "do", "don't", "it's", "i'm", "so", "if", "about", "just", "have", "can", "would",
    ];

    private readonly Lazy<bool> _looksEnglish;

    /// <summary>
    /// Gets a value indicating whether the transcript looks like English: at least 15% of its words (when it
    /// has 20 or more) are common English function words. Lexical markers only make sense when it does.
    /// </summary>
    public bool LooksEnglish => _looksEnglish.Value;

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
