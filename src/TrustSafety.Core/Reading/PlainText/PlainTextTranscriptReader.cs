using System.Collections.Immutable;
using TrustSafety.Transcripts;

namespace TrustSafety.Reading.PlainText;

/// <summary>
/// Reads the plain-text format: <c>Name: text</c> lines, each optionally starting with a time
/// (<c>[hh:mm:ss]</c>, <c>[mm:ss]</c> or <c>(mm:ss)</c>), continuation lines that extend the line before,
/// and blank lines. See docs/transcript-format.md.
/// </summary>
public sealed class PlainTextTranscriptReader : ITranscriptReader
{
    /// <summary>The format name.</summary>
    public const string Name = "plain";

    /// <inheritdoc />
    public string FormatName => Name;

    /// <inheritdoc />
    public IReadOnlyList<string> FileExtensions { get; } = [".txt", ".text", ".md"];

    /// <inheritdoc />
    public int Detect(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var lines = head.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).Take(40).ToList();
        if (lines.Count == 0)
        {
            return 0;
        }

        var speakerLines = lines.Count(l => PlainTextLine.TryParse(l, out _, out _, out _, out _));
        return PlainTextLine.TryParse(lines[0], out _, out _, out _, out _) && speakerLines * 3 >= lines.Count ? 60 : speakerLines > 0 ? 10 : 0;
    }

    /// <inheritdoc />
    public Transcript Read(TextReader reader, string? sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var builder = new TranscriptBuilder(sourceName, Name);
        var lines = new SourceLineReader(reader);
        Pending? pending = null;
        while (lines.TryReadLine(out var line))
        {
            if (line.Number % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (line.Text.IndexOf('\0') >= 0)
            {
                throw new TranscriptFormatException("the input contains a NUL character, so it looks binary, not like a text transcript", sourceName, line.Number, line.Text.IndexOf('\0') + 1);
            }

            if (string.IsNullOrWhiteSpace(line.Text))
            {
                continue;
            }

            if (PlainTextLine.TryParse(line.Text, out var start, out var speaker, out var textStart, out var timeError))
            {
                pending?.AddTo(builder);
                pending = new Pending(speaker, start);
                pending.Append(line, textStart);
                continue;
            }

            if (timeError is not null)
            {
                throw new TranscriptFormatException(timeError, sourceName, line.Number, line.Text.IndexOf(line.Text.TrimStart()[0]) + 1);
            }

            if (pending is null)
            {
                var column = line.Text.Length - line.Text.TrimStart().Length + 1;
                throw new TranscriptFormatException("expected a speaker line such as 'Coach: text' or '[00:01:05] Client: text' before any other text", sourceName, line.Number, column);
            }

            pending.Append(line, line.Text.Length - line.Text.TrimStart().Length);
        }

        pending?.AddTo(builder);
        return builder.Build();
    }

    /// <summary>A speaker line and its continuation lines, not yet added.</summary>
    private sealed class Pending(string speaker, TimeSpan? start)
    {
        private readonly List<string> _parts = [];
        private readonly ImmutableArray<SourceSegment>.Builder _map = ImmutableArray.CreateBuilder<SourceSegment>();
        private int _length;
        private SourcePosition? _first;

        public void Append(SourceLine line, int from)
        {
            var text = line.Text[from..].TrimEnd();
            var position = new SourcePosition(line.Number, from + 1, line.Offset + from);
            _first ??= position;
            if (text.Length == 0)
            {
                return;
            }

            if (_parts.Count > 0)
            {
                _length++; // the joining space
            }

            _map.Add(new SourceSegment(_length, text.Length, position));
            _parts.Add(text);
            _length += text.Length;
        }

        public void AddTo(TranscriptBuilder builder)
        {
            var map = _map.Count > 0 ? _map.ToImmutable() : [new SourceSegment(0, 0, _first!.Value)];
            builder.AddUtterance(speaker, new Utterance(string.Join(' ', _parts), start, null, null, map));
        }
    }
}
