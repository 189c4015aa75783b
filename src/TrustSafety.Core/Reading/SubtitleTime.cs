using TrustSafety.Transcripts;

namespace TrustSafety.Reading;

/// <summary>Parses cue timestamps of WebVTT (<c>[hh:]mm:ss.ttt</c>) and SRT (<c>hh:mm:ss,mmm</c>, or a dot).</summary>
internal static class SubtitleTime
{
    /// <summary>
    /// Parses a timestamp starting at a position; minutes and seconds must be 00-59 and the fraction
    /// exactly three digits. Returns the index just past it, or -1.
    /// </summary>
    public static int TryParse(string text, int start, bool allowComma, out TimeSpan time)
    {
        time = default;
        var parts = new List<(long Value, int Digits)>(3);
        var i = start;
        while (true)
        {
            var digitsStart = i;
            long value = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]) && i - digitsStart < 10)
            {
                value = (value * 10) + (text[i] - '0');
                i++;
            }

            if (i == digitsStart)
            {
                return -1;
            }

            parts.Add((value, i - digitsStart));
            if (i < text.Length && text[i] == ':' && parts.Count < 3)
            {
                i++;
                continue;
            }

            break;
        }

        if (parts.Count < 2 || i >= text.Length || !(text[i] == '.' || (allowComma && text[i] == ',')))
        {
            return -1;
        }

        i++;
        var fractionStart = i;
        long millis = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && i - fractionStart < 3)
        {
            millis = (millis * 10) + (text[i] - '0');
            i++;
        }

        if (i - fractionStart != 3 || (i < text.Length && char.IsAsciiDigit(text[i])))
        {
            return -1;
        }

        var (minutes, minuteDigits) = parts[^2];
        var (seconds, secondDigits) = parts[^1];
        var hours = parts.Count == 3 ? parts[0].Value : 0;
        if (minuteDigits != 2 || secondDigits != 2 || minutes > 59 || seconds > 59)
        {
            return -1;
        }

        time = TimeSpan.FromMilliseconds((((hours * 60) + minutes) * 60 * 1000) + (seconds * 1000) + millis);
        return i;
    }

    /// <summary>
    /// Parses a cue timing line <c>start --> end</c>, with anything after the end left to the caller (cue
    /// settings). Each problem is a <see cref="TranscriptFormatException"/> at its line and column.
    /// </summary>
    /// <returns>The times and the index just past the end time.</returns>
    public static (TimeSpan Start, TimeSpan End, int Next) ParseTimingLine(SourceLine line, bool allowComma, string example, string? sourceName)
    {
        var text = line.Text;
        var i = SkipSpace(text, 0);
        var afterStart = TryParse(text, i, allowComma, out var start);
        if (afterStart < 0)
        {
            throw new TranscriptFormatException($"expected a start time such as {example} (minutes and seconds 00-59, three fraction digits)", sourceName, line.Number, i + 1);
        }

        i = SkipSpace(text, afterStart);
        if (string.CompareOrdinal(text, i, "-->", 0, 3) != 0)
        {
            throw new TranscriptFormatException("expected '-->' after the start time", sourceName, line.Number, i + 1);
        }

        i = SkipSpace(text, i + 3);
        var afterEnd = TryParse(text, i, allowComma, out var end);
        if (afterEnd < 0)
        {
            throw new TranscriptFormatException($"expected an end time such as {example} after '-->'", sourceName, line.Number, i + 1);
        }

        return (start, end, afterEnd);
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }
}
