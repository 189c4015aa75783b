using System.Collections.Immutable;
using TrustSafety.Text;

namespace TrustSafety.Markers.Lexicons;

/// <summary>Whether a negation word stands shortly before a match in the same clause ("it isn't confidential").</summary>
internal static class Negation
{
    private static readonly ImmutableHashSet<string> Words =
        ["not", "no", "never", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "can't", "cannot", "won't", "wouldn't", "couldn't", "shouldn't", "hardly"];

    /// <summary>Returns whether one of the <paramref name="window"/> words before the match negates it.</summary>
    public static bool Precedes(TurnText text, PhraseMatch match, int window = 3)
    {
        var sentence = text.Sentences[match.SentenceIndex];
        var seen = 0;
        for (var t = match.FirstToken - 1; t >= sentence.FirstToken && seen < window; t--)
        {
            var token = text.Tokens[t];
            if (token.Kind == TokenKind.Punctuation && token.Normalized is "," or ";" or ":" or "\u2014" or "-")
            {
                return false; // a negation in another clause ("Don't stress, I'll...") does not reach the match
            }

            if (!token.IsWord)
            {
                continue;
            }

            seen++;
            if (Words.Contains(token.Normalized))
            {
                return true;
            }
        }

        return false;
    }
}
