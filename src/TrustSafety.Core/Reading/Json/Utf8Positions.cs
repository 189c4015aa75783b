using System.Text;
using TrustSafety.Transcripts;

namespace TrustSafety.Reading.Json;

/// <summary>Turns byte offsets in a UTF-8 document into lines, UTF-16 columns and character offsets.</summary>
internal sealed class Utf8Positions
{
    private readonly byte[] _bytes;
    private readonly List<int> _lineStarts = [0];

    public Utf8Positions(byte[] bytes)
    {
        _bytes = bytes;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    // Lookups mostly move forward through the document, so the last answer is kept and the next one
    // counts characters only from there: linear in the document overall, even on one long line.
    private int _lastByte;
    private SourcePosition _last = new(1, 1, 0);

    public SourcePosition At(long byteOffset)
    {
        var offset = (int)Math.Clamp(byteOffset, 0, _bytes.Length);
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var lineStart = _lineStarts[line];
        if (offset < _lastByte)
        {
            _lastByte = 0;
            _last = new SourcePosition(1, 1, 0);
        }

        var charOffset = _last.Offset + Encoding.UTF8.GetCharCount(_bytes, _lastByte, offset - _lastByte);
        var column = _last.Line == line + 1 && _lastByte >= lineStart
            ? _last.Column + Encoding.UTF8.GetCharCount(_bytes, _lastByte, offset - _lastByte)
            : Encoding.UTF8.GetCharCount(_bytes, lineStart, offset - lineStart) + 1;
        _lastByte = offset;
        _last = new SourcePosition(line + 1, column, charOffset);
        return _last;
    }

    public SourcePosition AtLine(long zeroBasedLine, long bytePositionInLine)
    {
        var line = (int)Math.Clamp(zeroBasedLine, 0, _lineStarts.Count - 1);
        return At(_lineStarts[line] + bytePositionInLine);
    }
}
