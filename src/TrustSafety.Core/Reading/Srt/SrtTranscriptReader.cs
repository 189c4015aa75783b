using TrustSafety.Diagnostics;
using TrustSafety.Markers;
using TrustSafety.Transcripts;

namespace TrustSafety.Reading.Srt;

/// <summary>
/// Reads SubRip subtitles (<c>srt</c>) as they occur in the wild: a sequence number (optional), a timing
/// line with a comma or a dot before the milliseconds, text lines, blank lines (the last may be missing);
/// BOM and CRLF; <c>&lt;i&gt;</c>, <c>&lt;b&gt;</c>, <c>&lt;u&gt;</c>, <c>&lt;font&gt;</c> tags and
/// <c>{\an8}</c> overrides removed. Speakers come from <c>Name: </c> prefixes; a cue without one continues
/// the previous speaker unless it starts with a dialogue dash (two people in one cue), which is ambiguous
/// and gives <c>Unknown</c> (TS0008). Detection: a number line followed by a timing line (90 with a
/// comma, 70 with a dot), or a timing line first (70).
/// </summary>
internal sealed class SrtTranscriptReader : ITranscriptReader
{
    public const string Name = "srt";

    public string FormatName => Name;

    public IReadOnlyList<string> FileExtensions { get; } = [".srt"];

    public int Detect(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var lines = head.TrimStart('\uFEFF').Split('\n', 4).Select(l => l.Trim()).Where(l => l.Length > 0).Take(2).ToList();
        var timing = lines.Count >= 2 && lines[0].All(char.IsAsciiDigit) ? lines[1] : lines.FirstOrDefault() ?? string.Empty;
        if (!timing.Contains("-->", StringComparison.Ordinal) || SubtitleTime.TryParse(timing, 0, allowComma: true, out _) < 0)
        {
            return 0;
        }

        // A numbered block with a comma is classic SubRip; a dot, or no number, is a looser variant.
        return timing != lines[0] && timing.Contains(',', StringComparison.Ordinal) ? 90 : 70;
    }

    public Transcript Read(TextReader reader, string? sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var builder = new TranscriptBuilder(sourceName, Name);
        var blocks = new SubtitleBlocks(reader);
        var unknown = new UnknownSpeakers();
        string? previousSpeaker = null;
        while (blocks.TryRead(out var block, cancellationToken))
        {
            var timing = block[0].Text.Contains("-->", StringComparison.Ordinal) ? 0 : 1;
            if (timing == 1 && !block[0].Text.Trim().All(char.IsAsciiDigit))
            {
                throw new TranscriptFormatException($"expected a subtitle number or a timing line such as '00:00:01,000 --> 00:00:04,000', found '{block[0].Text.Trim()}'", sourceName, block[0].Number, 1);
            }

            if (block.Count <= timing || !block[timing].Text.Contains("-->", StringComparison.Ordinal))
            {
                var line = block.Count > timing ? block[timing] : block[^1];
                throw new TranscriptFormatException("expected a timing line such as '00:00:01,000 --> 00:00:04,000' after the subtitle number", sourceName, line.Number, 1);
            }

            var (start, end) = ParseTiming(block[timing], sourceName);
            var id = timing == 1 ? block[0].Text.Trim() : null;
            var text = CleanText(block.Skip(timing + 1));
            if (text.Text.Length == 0)
            {
                builder.AddDiagnostic(new Diagnostic(DiagnosticIds.EmptyCue, Severity.Info,
                    $"The subtitle at line {block[0].Number} has no text; it is skipped.", new DiagnosticLocation(block[0].Number, 1, null)));
                continue;
            }

            string speaker;
            if (text.TrySplitSpeaker(out var named, out var rest))
            {
                speaker = named;
                text = rest;
            }
            else if (previousSpeaker is not null && !text.Text.StartsWith('-'))
            {
                speaker = previousSpeaker;
            }
            else
            {
                speaker = unknown.Note(block[timing]);
            }

            previousSpeaker = speaker == UnknownSpeakers.Name ? null : speaker;
            builder.AddUtterance(speaker, new Utterance(text.Text, start, end, id, text.Map));
        }

        unknown.Report(builder);
        return builder.Build();
    }

    private static (TimeSpan Start, TimeSpan End) ParseTiming(SourceLine line, string? sourceName)
    {
        var (start, end, _) = SubtitleTime.ParseTimingLine(line, allowComma: true, "00:00:01,000", sourceName);
        return (start, end);
    }

    /// <summary>Joins the text lines with one space, removing HTML-like tags and <c>{\...}</c> overrides.</summary>
    private static CueText CleanText(IEnumerable<SourceLine> lines)
    {
        var text = new MappedTextBuilder();
        foreach (var line in lines)
        {
            text.AppendSeparator(CueText.At(line, 0));
            var s = line.Text;
            var i = 0;
            while (i < s.Length)
            {
                var close = s[i] switch
                {
                    '<' when i + 1 < s.Length && (char.IsAsciiLetter(s[i + 1]) || s[i + 1] == '/') => s.IndexOf('>', i + 1),
                    '{' when i + 1 < s.Length && s[i + 1] == '\\' => s.IndexOf('}', i + 1),
                    _ => -1,
                };
                if (close > i)
                {
                    i = close + 1;
                    continue;
                }

                text.Append(s[i], CueText.At(line, i));
                i++;
            }
        }

        var (plain, map) = text.Build();
        return new CueText(plain, map);
    }
}
