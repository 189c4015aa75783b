using System.Text;

namespace TrustSafety.Testing;

/// <summary>
/// Strips <c>{|ID:</c> ... <c>|}</c> markup from utterance texts, keeping markers open across lines so a
/// marker can cover several utterances of one turn.
/// </summary>
internal sealed class MarkStack
{
    private readonly Stack<(string Id, int Utterance, int Offset, int Line)> _open = new();

    /// <summary>Gets the markers closed so far, in the order they closed.</summary>
    public List<Mark> Closed { get; } = [];

    /// <summary>Strips the markup from one utterance's text, recording where markers open and close.</summary>
    public string Strip(string markup, int utterance, int line)
    {
        var text = new StringBuilder(markup.Length);
        var i = 0;
        while (i < markup.Length)
        {
            if (markup.AsSpan(i).StartsWith("{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                if (colon < 0)
                {
                    throw new FormatException($"Markup line {line + 1}: '{{|' at column {i + 1} has no ':' after the marker ID.");
                }

                _open.Push((MarkupTranscript.CheckId(markup[(i + 2)..colon], line), utterance, text.Length, line));
                i = colon + 1;
            }
            else if (markup.AsSpan(i).StartsWith("|}"))
            {
                if (_open.Count == 0)
                {
                    throw new FormatException($"Markup line {line + 1}: '|}}' at column {i + 1} closes nothing.");
                }

                var (id, startUtterance, startOffset, startLine) = _open.Pop();
                Closed.Add(new Mark(id, startUtterance, startOffset, utterance, text.Length, startLine));
                i += 2;
            }
            else
            {
                text.Append(markup[i]);
                i++;
            }
        }

        return text.ToString();
    }

    /// <summary>Fails when a marker was opened and never closed.</summary>
    public void ThrowIfOpen()
    {
        if (_open.Count > 0)
        {
            var (id, _, _, line) = _open.Peek();
            throw new FormatException($"Markup line {line + 1}: '{{|{id}:' is not closed with '|}}'.");
        }
    }

    /// <summary>A closed marker: where it starts and ends, by utterance and offset in that utterance's text.</summary>
    internal sealed record Mark(string Id, int StartUtterance, int StartOffset, int EndUtterance, int EndOffset, int Line);
}
