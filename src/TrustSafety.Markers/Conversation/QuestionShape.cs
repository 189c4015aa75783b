using System.Collections.Immutable;
using TrustSafety.Text;

namespace TrustSafety.Markers.Conversation;

/// <summary>
/// Tells open questions ("What would help?") from closed ones ("Did you tell her?", "How many?") by their
/// first words, after discourse openers such as "so", "and" or "okay".
/// </summary>
internal static class QuestionShape
{
    private static readonly ImmutableHashSet<string> Openers = ["so", "and", "but", "okay", "ok", "well", "now", "then", "right", "alright", "um", "uh"];
    private static readonly ImmutableHashSet<string> OpenWords = ["what", "how", "where", "who", "whom", "whose", "when", "which", "why", "tell", "describe"];
    private static readonly ImmutableHashSet<string> Quantities = ["many", "much", "long", "old", "often", "far"];

    /// <summary>Returns whether a sentence is an open question (a question is assumed).</summary>
    public static bool IsOpen(ReadOnlySpan<Token> tokens)
    {
        var words = new List<string>(4);
        foreach (var token in tokens)
        {
            if (token.IsWord)
            {
                // "what's", "how'd", "where're": the question word is before the apostrophe.
                var apostrophe = token.Normalized.IndexOf('\'', StringComparison.Ordinal);
                words.Add(apostrophe > 0 ? token.Normalized[..apostrophe] : token.Normalized);
                if (words.Count == 8)
                {
                    break;
                }
            }
        }

        var i = 0;
        while (i < words.Count && Openers.Contains(words[i]))
        {
            i++;
        }

        if (i >= words.Count || !OpenWords.Contains(words[i]))
        {
            return false;
        }

        // "How many staff?", "How long was it?" ask for a number, not for the client's view.
        return !(words[i] == "how" && i + 1 < words.Count && Quantities.Contains(words[i + 1]));
    }

    private static readonly ImmutableHashSet<string> Auxiliaries =
        ["is", "are", "was", "were", "do", "does", "did", "can", "could", "would", "will", "have", "has", "had", "should", "shall", "may", "might", "am", "and", "but", "so"];

    /// <summary>
    /// Marks the questions that are alternatives of the question before them, so an either/or question
    /// split by question marks counts once: "Is it the pace? The money? Or the people?" is one question.
    /// A question starting with "or" is an alternative, and so is a short fragment (at most four words,
    /// not starting with a question word or an auxiliary) followed by an alternative.
    /// </summary>
    public static bool[] Alternatives(TurnText text, IReadOnlyList<Sentence> questions)
    {
        var alternative = new bool[questions.Count];
        for (var i = questions.Count - 1; i > 0; i--)
        {
            var words = FirstWords(text.TokensOf(questions[i]), 5);
            var startsWithOr = words.Count > 0 && words[0] == "or";
            var fragment = words.Count is > 0 and <= 4 && !OpenWords.Contains(words[0]) && !Auxiliaries.Contains(words[0]);
            alternative[i] = startsWithOr || (fragment && i + 1 < questions.Count && alternative[i + 1]);
        }

        return alternative;
    }

    private static List<string> FirstWords(ReadOnlySpan<Token> tokens, int max)
    {
        var words = new List<string>(max);
        foreach (var token in tokens)
        {
            if (token.IsWord && words.Count < max)
            {
                words.Add(token.Normalized);
            }
        }

        return words;
    }

    /// <summary>Counts the words of a sentence.</summary>
    public static int WordCount(ReadOnlySpan<Token> tokens)
    {
        var count = 0;
        foreach (var token in tokens)
        {
            count += token.IsWord || token.Kind == TokenKind.Number ? 1 : 0;
        }

        return count;
    }
}
