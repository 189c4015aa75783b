using System.Collections.Immutable;
using System.Globalization;

namespace TrustSafety.Text;

/// <summary>
/// Splits a turn's text into tokens and sentences in one pass over its characters (no regular
/// expressions, so no backtracking on untrusted text).
/// </summary>
public static class Tokenizer
{
    private static readonly ImmutableHashSet<string> Abbreviations = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase, "mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "e.g", "i.e", "approx", "jr", "sr");

    /// <summary>Analyses a text.</summary>
    /// <param name="text">The text of a turn.</param>
    /// <returns>Its tokens and sentences.</returns>
    public static TurnText Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var sentenceStart = -1;
        var sentenceFirstToken = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (sentenceStart < 0)
            {
                sentenceStart = i;
                sentenceFirstToken = tokens.Count;
            }

            int end;
            TokenKind kind;
            if (IsWordChar(c))
            {
                end = ScanWord(text, i);
                kind = TokenKind.Word;
            }
            else if (char.IsDigit(c))
            {
                end = ScanNumber(text, i);
                kind = TokenKind.Number;
            }
            else
            {
                end = i + 1;
                kind = TokenKind.Punctuation;
            }

            var raw = text.AsSpan(i, end - i);
            tokens.Add(new Token(new TextSpan(i, end - i), kind, Normalize(raw), sentences.Count));
            i = end;

            if (kind == TokenKind.Punctuation && IsSentenceEnd(text, tokens, i))
            {
                // Take trailing closing marks (?!. runs, quotes, brackets) into the sentence.
                var question = c == '?';
                while (i < text.Length && IsClosingMark(text[i]))
                {
                    question |= text[i] == '?';
                    tokens.Add(new Token(new TextSpan(i, 1), TokenKind.Punctuation, text[i].ToString(), sentences.Count));
                    i++;
                }

                sentences.Add(new Sentence(TextSpan.FromBounds(sentenceStart, i), sentenceFirstToken, tokens.Count - sentenceFirstToken, question));
                sentenceStart = -1;
            }
        }

        if (sentenceStart >= 0)
        {
            var last = tokens[^1];
            sentences.Add(new Sentence(TextSpan.FromBounds(sentenceStart, last.Span.End), sentenceFirstToken, tokens.Count - sentenceFirstToken, false));
        }

        return new TurnText(text, tokens.ToImmutable(), sentences.ToImmutable());
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark;

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static int ScanWord(string text, int start)
    {
        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c) || char.IsDigit(c))
            {
                i++;
            }
            else if ((IsApostrophe(c) || c == '-') && i + 1 < text.Length && IsWordChar(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int ScanNumber(string text, int start)
    {
        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c) || char.IsLetter(c))
            {
                i++;
            }
            else if (c is '.' or ',' or ':' && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsSentenceEnd(string text, ImmutableArray<Token>.Builder tokens, int next)
    {
        var mark = text[next - 1];
        if (mark is '?' or '!' or '\u2026')
        {
            // A quoted question inside a sentence ("You asked 'why me?' and stopped.") does not end it.
            return !ContinuesInLowerCase(text, next);
        }

        if (mark != '.')
        {
            return false;
        }

        // "Dr." and "e.g." do not end a sentence; "..." followed by more text does.
        if (tokens.Count >= 2 && tokens[^2].Kind == TokenKind.Word && tokens[^2].Span.End == next - 1
            && Abbreviations.Contains(tokens[^2].Normalized))
        {
            return false;
        }

        return next >= text.Length || char.IsWhiteSpace(text[next]) || IsClosingMark(text[next]);
    }

    private static bool ContinuesInLowerCase(string text, int i)
    {
        while (i < text.Length && (IsClosingMark(text[i]) || char.IsWhiteSpace(text[i])))
        {
            i++;
        }

        return i < text.Length && char.IsLower(text[i]);
    }

    private static bool IsClosingMark(char c) => c is '?' or '!' or '.' or '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u2026';

    private static string Normalize(ReadOnlySpan<char> raw)
    {
        Span<char> buffer = raw.Length <= 128 ? stackalloc char[raw.Length] : new char[raw.Length];
        raw.ToLowerInvariant(buffer);
        buffer.Replace('\u2019', '\'');
        return new string(buffer);
    }
}
