using System.Collections.Immutable;
using System.Text;
using TrustSafety.Transcripts;

namespace TrustSafety.Reading;

/// <summary>
/// Builds an utterance's text one character at a time while recording where each character came from,
/// so the text keeps pointing into the source file through tag stripping, entity decoding and line
/// joining. Runs of characters that are adjacent in the source share one <see cref="SourceSegment"/>.
/// </summary>
internal sealed class MappedTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly ImmutableArray<SourceSegment>.Builder _segments = ImmutableArray.CreateBuilder<SourceSegment>();

    public int Length => _text.Length;

    /// <summary>Appends a character that comes from a source position (for a decoded entity, the entity's start).</summary>
    public void Append(char c, SourcePosition from)
    {
        if (_segments.Count > 0)
        {
            var last = _segments[^1];
            var end = last.TextStart + last.Length;
            if (end == _text.Length && from.Line == last.Source.Line && from.Column == last.Source.Column + last.Length && from.Offset == last.Source.Offset + last.Length)
            {
                _segments[^1] = last with { Length = last.Length + 1 };
                _text.Append(c);
                return;
            }
        }

        _segments.Add(new SourceSegment(_text.Length, 1, from));
        _text.Append(c);
    }

    /// <summary>Appends a joining space (between lines) unless the text is empty or already ends in white space.</summary>
    public void AppendSeparator(SourcePosition from)
    {
        if (_text.Length > 0 && !char.IsWhiteSpace(_text[^1]))
        {
            Append(' ', from);
        }
    }

    /// <summary>Returns the text without leading and trailing white space, with its source map.</summary>
    public (string Text, ImmutableArray<SourceSegment> Map) Build()
    {
        var text = _text.ToString();
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var map = ImmutableArray.CreateBuilder<SourceSegment>();
        foreach (var segment in _segments)
        {
            var from = Math.Max(segment.TextStart, start);
            var to = Math.Min(segment.TextStart + segment.Length, end);
            if (to > from)
            {
                var skip = from - segment.TextStart;
                var source = new SourcePosition(segment.Source.Line, segment.Source.Column + skip, segment.Source.Offset + skip);
                map.Add(new SourceSegment(from - start, to - from, source));
            }
        }

        return (text[start..end], map.ToImmutable());
    }
}
