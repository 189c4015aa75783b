using System.Collections.Frozen;
using System.Collections.Immutable;

namespace TrustSafety.Text;

/// <summary>
/// Finds many phrases at once in the shared token stream: an Aho–Corasick automaton whose alphabet is
/// normalized words, so each sentence is scanned once whatever the number of phrases, with no regular
/// expressions. Phrases match whole words, case-insensitively, within one sentence (punctuation between
/// words is ignored). Immutable and thread-safe once built; results per transcript are cached by
/// <see cref="TextAnalysis.Match"/>.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly FrozenDictionary<string, int>[] _next;
    private readonly int[] _fail;
    private readonly ImmutableArray<(string Label, string Phrase, int Length)>[] _outputs;

    private PhraseMatcher(FrozenDictionary<string, int>[] next, int[] fail, ImmutableArray<(string, string, int)>[] outputs, int count)
    {
        _next = next;
        _fail = fail;
        _outputs = outputs;
        PhraseCount = count;
    }

    /// <summary>Gets the number of phrases.</summary>
    public int PhraseCount { get; }

    /// <summary>Builds a matcher.</summary>
    /// <param name="phrases">The phrases, each with a label; a phrase is split into words as the tokenizer would.</param>
    /// <returns>The matcher.</returns>
    /// <exception cref="ArgumentException">A phrase has no word.</exception>
    public static PhraseMatcher Create(IEnumerable<(string Label, string Phrase)> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var next = new List<Dictionary<string, int>> { new(StringComparer.Ordinal) };
        var outputs = new List<List<(string, string, int)>> { new() };
        var count = 0;
        foreach (var (label, phrase) in phrases)
        {
            var words = Words(phrase);
            if (words.Count == 0)
            {
                throw new ArgumentException($"The phrase '{phrase}' ({label}) has no word.", nameof(phrases));
            }

            var state = 0;
            foreach (var word in words)
            {
                if (!next[state].TryGetValue(word, out var target))
                {
                    target = next.Count;
                    next[state][word] = target;
                    next.Add(new Dictionary<string, int>(StringComparer.Ordinal));
                    outputs.Add([]);
                }

                state = target;
            }

            outputs[state].Add((label, phrase, words.Count));
            count++;
        }

        // Breadth-first failure links; each state's outputs include those of its failure state.
        var fail = new int[next.Count];
        var queue = new Queue<int>(next[0].Values);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (word, target) in next[state])
            {
                var f = fail[state];
                while (f != 0 && !next[f].ContainsKey(word))
                {
                    f = fail[f];
                }

                fail[target] = next[f].TryGetValue(word, out var g) && g != target ? g : 0;
                outputs[target].AddRange(outputs[fail[target]]);
                queue.Enqueue(target);
            }
        }

        return new PhraseMatcher(
            [.. next.Select(n => n.ToFrozenDictionary(StringComparer.Ordinal))],
            fail,
            [.. outputs.Select(o => o.ToImmutableArray())],
            count);
    }

    /// <summary>Finds every occurrence of every phrase in a turn's text (overlapping matches included).</summary>
    /// <param name="text">The analysed turn text.</param>
    /// <returns>The matches, in order of their end, then longest first.</returns>
    public ImmutableArray<PhraseMatch> Match(TurnText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = ImmutableArray.CreateBuilder<PhraseMatch>();
        for (var s = 0; s < text.Sentences.Length; s++)
        {
            var sentence = text.Sentences[s];
            var words = new List<int>(sentence.TokenCount);
            var state = 0;
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                var token = text.Tokens[t];
                if (token.Kind == TokenKind.Punctuation)
                {
                    continue;
                }

                words.Add(t);
                while (state != 0 && !_next[state].ContainsKey(token.Normalized))
                {
                    state = _fail[state];
                }

                state = _next[state].TryGetValue(token.Normalized, out var target) ? target : 0;
                foreach (var (label, phrase, length) in _outputs[state])
                {
                    var first = words[^length];
                    var span = TextSpan.FromBounds(text.Tokens[first].Span.Start, token.Span.End);
                    matches.Add(new PhraseMatch(label, phrase, span, s, first, length));
                }
            }
        }

        return matches.ToImmutable();
    }

    /// <summary>Splits a phrase into normalized words, as the tokenizer normalizes them.</summary>
    private static List<string> Words(string phrase) =>
        [.. Tokenizer.Analyze(phrase).Tokens.Where(t => t.Kind != TokenKind.Punctuation).Select(t => t.Normalized)];
}
