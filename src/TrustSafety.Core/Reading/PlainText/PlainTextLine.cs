namespace TrustSafety.Reading.PlainText;

/// <summary>
/// Parses one line of the plain-text format: an optional start time (<c>[hh:mm:ss]</c>, <c>[mm:ss]</c>,
/// <c>(mm:ss)</c>, with optional fractions), a speaker name and a colon, then the text. Plain span code,
/// no regular expressions.
/// </summary>
internal static class PlainTextLine
{
    /// <summary>Tries to parse a speaker line.</summary>
    /// <param name="line">The line.</param>
    /// <param name="start">The start time, if the line has one.</param>
    /// <param name="name">The speaker's name.</param>
    /// <param name="textStart">The index in the line where the text starts.</param>
    /// <param name="timeError">A message when the line has a bracketed time that is not valid.</param>
    /// <returns><see langword="true"/> when the line starts a turn.</returns>
    public static bool TryParse(string line, out TimeSpan? start, out string name, out int textStart, out string? timeError)
    {
        start = null;
        name = string.Empty;
        textStart = 0;
        timeError = null;
        var i = 0;
        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        if (i < line.Length && line[i] is '[' or '(')
        {
            var close = line.IndexOf(line[i] == '[' ? ']' : ')', i + 1);
            if (close < 0)
            {
                return false;
            }

            var inner = line.AsSpan(i + 1, close - i - 1);
            if (!TryParseTime(inner, out var time))
            {
                if (LooksLikeTime(inner))
                {
                    timeError = $"'{inner}' is not a valid time; expected [hh:mm:ss], [mm:ss] or (mm:ss) with minutes and seconds below 60";
                }

                return false;
            }

            start = time;
            i = close + 1;
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }
        }

        return SpeakerPrefix.TryRead(line, i, out name, out textStart);
    }

    private static bool LooksLikeTime(ReadOnlySpan<char> inner)
    {
        foreach (var c in inner)
        {
            if (!(char.IsAsciiDigit(c) || c is ':' or '.' or ','))
            {
                return false; // "(10:30 meeting)" is text, not a broken time.
            }
        }

        return inner.Contains(':');
    }

    /// <summary>Parses <c>hh:mm:ss</c>, <c>mm:ss</c> (each with an optional <c>.fff</c> or <c>,fff</c> fraction).</summary>
    internal static bool TryParseTime(ReadOnlySpan<char> text, out TimeSpan time)
    {
        time = default;
        Span<long> parts = stackalloc long[3];
        var count = 0;
        var i = 0;
        double fraction = 0;
        while (true)
        {
            var digits = 0;
            long value = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]) && digits < 9)
            {
                value = (value * 10) + (text[i] - '0');
                i++;
                digits++;
            }

            if (digits == 0 || count == 3)
            {
                return false;
            }

            parts[count++] = value;
            if (i < text.Length && text[i] == ':')
            {
                i++;
                continue;
            }

            if (i < text.Length && text[i] is '.' or ',')
            {
                i++;
                var scale = 0.1;
                var fractionDigits = 0;
                while (i < text.Length && char.IsAsciiDigit(text[i]) && fractionDigits < 9)
                {
                    fraction += (text[i] - '0') * scale;
                    scale /= 10;
                    i++;
                    fractionDigits++;
                }

                if (fractionDigits == 0)
                {
                    return false;
                }
            }

            break;
        }

        if (i != text.Length || count < 2)
        {
            return false;
        }

        long hours = count == 3 ? parts[0] : 0;
        var minutes = parts[count - 2];
        var seconds = parts[count - 1];
        if (seconds >= 60 || (count == 3 && minutes >= 60))
        {
            return false;
        }

        time = TimeSpan.FromSeconds((hours * 3600) + (minutes * 60) + seconds + fraction);
        return true;
    }
}
