using System.Globalization;
using TrustSafety.Diagnostics;
using TrustSafety.Markers;
using TrustSafety.Transcripts;

namespace TrustSafety.Reading.WebVtt;

/// <summary>
/// Reads WebVTT (<c>webvtt</c>) following the W3C parsing rules as far as a transcript needs: byte-order
/// mark, the <c>WEBVTT</c> header, CRLF/CR, NOTE/STYLE/REGION blocks, cue identifiers, cue settings,
/// hourless timestamps, multi-line payloads, tags stripped and character references decoded. The speaker
/// comes from a voice span (<c>&lt;v Name&gt;</c>, Microsoft Teams) or a <c>Name: </c> prefix (Zoom).
/// Detection: the text starts with <c>WEBVTT</c> (100).
/// </summary>
internal sealed class WebVttTranscriptReader : ITranscriptReader
{
    public const string Name = "webvtt";

    public string FormatName => Name;

    public IReadOnlyList<string> FileExtensions { get; } = [".vtt"];

    public int Detect(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var text = head.TrimStart('\uFEFF');
        return text.StartsWith("WEBVTT", StringComparison.Ordinal) && (text.Length == 6 || text[6] is ' ' or '\t' or '\r' or '\n') ? 100 : 0;
    }

    public Transcript Read(TextReader reader, string? sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var builder = new TranscriptBuilder(sourceName, Name);
        var blocks = new SubtitleBlocks(reader);
        var unknown = new UnknownSpeakers();
        if (!blocks.TryRead(out var header, cancellationToken) || header[0].Number != 1 || Detect(header[0].Text) == 0)
        {
            var line = header.Count > 0 ? header[0].Number : 1;
            throw new TranscriptFormatException("expected the WebVTT header 'WEBVTT' on the first line", sourceName, line, 1);
        }

        while (blocks.TryRead(out var block, cancellationToken))
        {
            var first = block[0].Text;
            if (IsKeyword(first, "NOTE") || IsKeyword(first, "STYLE") || IsKeyword(first, "REGION"))
            {
                continue;
            }

            var timing = first.Contains("-->", StringComparison.Ordinal) ? 0 : block.Count > 1 && block[1].Text.Contains("-->", StringComparison.Ordinal) ? 1 : -1;
            if (timing < 0)
            {
                throw new TranscriptFormatException($"expected a cue timing line such as '00:01.000 --> 00:04.000', found '{Shorten(first)}'", sourceName, block[0].Number, 1);
            }

            var id = timing == 1 ? first.Trim() : null;
            var (start, end) = ParseTiming(block[timing], sourceName);
            var payload = block.Skip(timing + 1).ToList();
            var (voice, text) = Payload.Parse(payload);
            if (text.Text.Length == 0)
            {
                builder.AddDiagnostic(new Diagnostic(DiagnosticIds.EmptyCue, Severity.Info,
                    $"The cue at line {block[timing].Number} has no text; it is skipped.", new DiagnosticLocation(block[timing].Number, 1, null)));
                continue;
            }

            var speaker = voice;
            if (speaker is null && text.TrySplitSpeaker(out var prefixed, out var rest))
            {
                speaker = prefixed;
                text = rest;
            }

            speaker ??= unknown.Note(block[timing]);
            builder.AddUtterance(speaker, new Utterance(text.Text, start, end, id, text.Map));
        }

        unknown.Report(builder);
        return builder.Build();
    }

    private static bool IsKeyword(string line, string keyword) =>
        line.StartsWith(keyword, StringComparison.Ordinal) && (line.Length == keyword.Length || line[keyword.Length] is ' ' or '\t');

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";

    private static (TimeSpan Start, TimeSpan End) ParseTiming(SourceLine line, string? sourceName)
    {
        var (start, end, next) = SubtitleTime.ParseTimingLine(line, allowComma: false, "00:01.000 or 01:02:03.000", sourceName);
        if (next < line.Text.Length && !char.IsWhiteSpace(line.Text[next]))
        {
            throw new TranscriptFormatException(string.Create(CultureInfo.InvariantCulture, $"unexpected '{line.Text[next]}' after the end time; cue settings must be separated by a space"), sourceName, line.Number, next + 1);
        }

        return (start, end);
    }
}
