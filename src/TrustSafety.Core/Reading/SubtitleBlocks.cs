namespace TrustSafety.Reading;

/// <summary>
/// Splits subtitle-style text (WebVTT, SRT, Otter exports) into blocks of non-blank lines, streaming:
/// one block in memory at a time.
/// </summary>
internal sealed class SubtitleBlocks(TextReader reader)
{
    private readonly SourceLineReader _lines = new(reader);

    /// <summary>Gets the last line read, for errors at the end of the input.</summary>
    public SourceLine? LastLine { get; private set; }

    /// <summary>Reads the next block of consecutive non-blank lines.</summary>
    public bool TryRead(out List<SourceLine> block, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        block = [];
        while (_lines.TryReadLine(out var line))
        {
            LastLine = line;
            if (line.Text.Contains('\0', StringComparison.Ordinal))
            {
                throw new Transcripts.TranscriptFormatException("the input contains a NUL character, so it looks binary, not like a text transcript", null, line.Number, line.Text.IndexOf('\0', StringComparison.Ordinal) + 1);
            }

            if (string.IsNullOrWhiteSpace(line.Text))
            {
                if (block.Count > 0)
                {
                    return true;
                }

                continue;
            }

            block.Add(line);
        }

        return block.Count > 0;
    }
}
