using System.Globalization;
using TrustSafety.Transcripts;

namespace TrustSafety.Reading.WebVtt;

/// <summary>
/// Turns a WebVTT cue payload into plain text with a source map: lines joined by one space, tags removed
/// (the voice span's name kept as the speaker), character references decoded.
/// </summary>
internal static class Payload
{
    public static (string? Voice, CueText Text) Parse(IReadOnlyList<SourceLine> lines)
    {
        var text = new MappedTextBuilder();
        string? voice = null;
        foreach (var line in lines)
        {
            text.AppendSeparator(CueText.At(line, 0));
            var s = line.Text;
            var i = 0;
            while (i < s.Length)
            {
                var c = s[i];
                if (c == '<')
                {
                    var close = s.IndexOf('>', i + 1);
                    if (close > i)
                    {
                        voice = ReadVoice(s[(i + 1)..close]) ?? voice;
                        i = close + 1;
                        continue;
                    }
                }
                else if (c == '&' && TryDecode(s, i, out var decoded, out var next))
                {
                    foreach (var d in decoded)
                    {
                        text.Append(d, CueText.At(line, i));
                    }

                    i = next;
                    continue;
                }

                text.Append(c, CueText.At(line, i));
                i++;
            }
        }

        var (plain, map) = text.Build();
        return (voice, new CueText(plain, map));
    }

    /// <summary>Reads the annotation of a <c>&lt;v&gt;</c> tag (with optional classes), or null for any other tag.</summary>
    private static string? ReadVoice(string tag)
    {
        if (tag.Length < 2 || tag[0] != 'v' || !(tag[1] is ' ' or '\t' or '.'))
        {
            return null;
        }

        var space = tag.IndexOfAny([' ', '\t']);
        if (space < 0)
        {
            return null;
        }

        var name = Decode(tag[(space + 1)..]).Trim();
        return name.Length == 0 ? null : name;
    }

    private static string Decode(string text)
    {
        var result = new System.Text.StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '&' && TryDecode(text, i, out var decoded, out var next))
            {
                result.Append(decoded);
                i = next;
            }
            else
            {
                result.Append(text[i++]);
            }
        }

        return result.ToString();
    }

    /// <summary>Decodes a character reference at <paramref name="i"/>; left-to-right and right-to-left marks decode to nothing.</summary>
    private static bool TryDecode(string s, int i, out string decoded, out int next)
    {
        decoded = string.Empty;
        next = i;
        var semicolon = s.IndexOf(';', i + 1);
        if (semicolon < 0 || semicolon - i > 12)
        {
            return false;
        }

        var name = s[(i + 1)..semicolon];
        string? value = name switch
        {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "nbsp" => "\u00A0",
            "quot" => "\"",
            "apos" => "'",
            "lrm" or "rlm" => string.Empty,
            _ => null,
        };
        if (value is null && name.Length > 1 && name[0] == '#')
        {
            var hex = name[1] is 'x' or 'X';
            var digits = hex ? name[2..] : name[1..];
            if (int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                && code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
            {
                value = char.ConvertFromUtf32(code);
            }
        }

        if (value is null)
        {
            return false;
        }

        decoded = value;
        next = semicolon + 1;
        return true;
    }
}
