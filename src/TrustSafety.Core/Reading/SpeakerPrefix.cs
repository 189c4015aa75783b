namespace TrustSafety.Reading;

/// <summary>
/// Recognises a speaker name written before a colon at the start of a text (<c>Dana Lee: What now?</c>),
/// as plain-text transcripts, Zoom captions and SRT files write it. A name starts with a letter, has at
/// most <see cref="MaxWords"/> words and <see cref="MaxLength"/> characters, and the colon is followed by
/// white space or the end, so "10:30" and "https://" are text.
/// </summary>
public static class SpeakerPrefix
{
    /// <summary>The longest name accepted, in characters.</summary>
    public const int MaxLength = 60;

    /// <summary>The most words a name may have.</summary>
    public const int MaxWords = 5;

    /// <summary>Tries to read a speaker name at a position of a text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the name would start.</param>
    /// <param name="name">The name, without surrounding white space.</param>
    /// <param name="textStart">Where the text after the colon and its white space starts.</param>
    /// <returns><see langword="true"/> when the text starts with a speaker name.</returns>
    public static bool TryRead(string text, int start, out string name, out int textStart)
    {
        ArgumentNullException.ThrowIfNull(text);
        name = string.Empty;
        textStart = start;
        var colon = text.IndexOf(':', start);
        if (colon <= start || colon - start > MaxLength)
        {
            return false;
        }

        var candidate = text.AsSpan(start, colon - start).TrimEnd();
        if (candidate.IsEmpty || !char.IsLetter(candidate[0]) || !IsName(candidate))
        {
            return false;
        }

        if (colon + 1 < text.Length && !char.IsWhiteSpace(text[colon + 1]))
        {
            return false;
        }

        name = candidate.ToString();
        textStart = colon + 1;
        while (textStart < text.Length && char.IsWhiteSpace(text[textStart]))
        {
            textStart++;
        }

        return true;
    }

    private static bool IsName(ReadOnlySpan<char> candidate)
    {
        var words = 1;
        foreach (var c in candidate)
        {
            if (c == ' ')
            {
                words++;
            }
            else if (!(char.IsLetterOrDigit(c) || c is '.' or '\'' or '\u2019' or '-' or '_' or '(' or ')'))
            {
                return false;
            }
        }

        return words <= MaxWords;
    }
}
