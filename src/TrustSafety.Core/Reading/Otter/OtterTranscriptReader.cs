using TrustSafety.Diagnostics;
using TrustSafety.Markers;
using TrustSafety.Reading.PlainText;
using TrustSafety.Transcripts;

namespace TrustSafety.Reading.Otter;

/// <summary>
/// Reads an Otter.ai text export (<c>otter</c>): a header line <c>Full Name  M:SS</c> (two or more spaces,
/// <c>H:MM:SS</c> past an hour), the paragraph below it, a blank line. Start times only; an end is never
/// inferred. Detection: the first line is such a header (60), and another follows (80).
/// </summary>
internal sealed class OtterTranscriptReader : ITranscriptReader
{
    public const string Name = "otter";

    public string FormatName => Name;

    public IReadOnlyList<string> FileExtensions { get; } = [".txt"];

    public int Detect(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var lines = head.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count == 0 || !TryParseHeader(lines[0], out _, out _))
        {
            return 0;
        }

        return lines.Skip(1).Take(60).Any(l => TryParseHeader(l, out _, out _)) ? 80 : 60;
    }

    public Transcript Read(TextReader reader, string? sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var builder = new TranscriptBuilder(sourceName, Name);
        var blocks = new SubtitleBlocks(reader);
        while (blocks.TryRead(out var block, cancellationToken))
        {
            if (!TryParseHeader(block[0].Text, out var speaker, out var start))
            {
                throw new TranscriptFormatException($"expected a speaker header such as 'Dana Lee  0:05' (name, two spaces, time), found '{block[0].Text.Trim()}'", sourceName, block[0].Number, 1);
            }

            var text = new MappedTextBuilder();
            foreach (var line in block.Skip(1))
            {
                text.AppendSeparator(CueText.At(line, 0));
                for (var i = 0; i < line.Text.Length; i++)
                {
                    text.Append(line.Text[i], CueText.At(line, i));
                }
            }

            var (plain, map) = text.Build();
            if (plain.Length == 0)
            {
                builder.AddDiagnostic(new Diagnostic(DiagnosticIds.EmptyCue, Severity.Info,
                    $"{speaker} at line {block[0].Number} has no paragraph; it is skipped.", new DiagnosticLocation(block[0].Number, 1, null)));
                continue;
            }

            builder.AddUtterance(speaker, new Utterance(plain, start, null, null, map));
        }

        return builder.Build();
    }

    private static bool TryParseHeader(string line, out string speaker, out TimeSpan start)
    {
        speaker = string.Empty;
        start = default;
        var trimmed = line.TrimEnd();
        var gap = trimmed.LastIndexOf("  ", StringComparison.Ordinal);
        if (gap <= 0)
        {
            return false;
        }

        var name = trimmed[..gap].Trim();
        var time = trimmed[(gap + 2)..].Trim();
        if (name.Length == 0 || !char.IsLetter(name[0]) || name.Contains(':', StringComparison.Ordinal) || time.Contains('.', StringComparison.Ordinal)
            || !PlainTextLine.TryParseTime(time, out start))
        {
            return false;
        }

        speaker = name;
        return true;
    }
}
