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

    public SourcePosition At(long byteOffset)
    {
        var offset = (int)Math.Clamp(byteOffset, 0, _bytes.Length);
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var lineStart = _lineStarts[line];
        var column = Encoding.UTF8.GetCharCount(_bytes, lineStart, offset - lineStart) + 1;
        var charOffset = Encoding.UTF8.GetCharCount(_bytes, 0, offset);
        return new SourcePosition(line + 1, column, charOffset);
    }

    public SourcePosition AtLine(long zeroBasedLine, long bytePositionInLine)
    {
        var line = (int)Math.Clamp(zeroBasedLine, 0, _lineStarts.Count - 1);
        return At(_lineStarts[line] + bytePositionInLine);
    }
}
