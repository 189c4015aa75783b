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
                words.Add(token.Normalized);
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
