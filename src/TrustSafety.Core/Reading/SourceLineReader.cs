using System.Text;

namespace TrustSafety.Reading;

/// <summary>
/// Reads lines from a <see cref="TextReader"/> while tracking line numbers and character offsets; CRLF,
/// LF and lone CR all end a line, and a leading byte-order mark is skipped (and counted).
/// </summary>
public sealed class SourceLineReader
{
    private readonly TextReader _reader;
    private readonly StringBuilder _line = new();
    private long _offset;
    private int _number;
    private bool _started;

    /// <summary>Creates a line reader.</summary>
    /// <param name="reader">The text to read.</param>
    public SourceLineReader(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
    }

    /// <summary>Reads the next line.</summary>
    /// <param name="line">The line, when there is one.</param>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    public bool TryReadLine(out SourceLine line)
    {
        if (!_started)
        {
            _started = true;
            if (_reader.Peek() == '\uFEFF')
            {
                _reader.Read();
                _offset++;
            }
        }

        _line.Clear();
        var start = _offset;
        var any = false;
        int c;
        while ((c = _reader.Read()) >= 0)
        {
            any = true;
            _offset++;
            if (c == '\n')
            {
                break;
            }

            if (c == '\r')
            {
                if (_reader.Peek() == '\n')
                {
                    _reader.Read();
                    _offset++;
                }

                break;
            }

            _line.Append((char)c);
        }

        if (!any)
        {
            line = default;
            return false;
        }

        _number++;
        line = new SourceLine(_line.ToString(), _number, start);
        return true;
    }
}
