using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TrustSafety.Markers;
using TrustSafety.Text;
using TrustSafety.Transcripts;

namespace TrustSafety.Testing;

/// <summary>
/// A transcript written as markup, with the markers it must produce marked inline, in the manner of
/// Roslyn's analyzer tests:
/// <code>
/// [0 - 4.2] Client: My manager left and I'm running the team alone.
/// [5 - 7] Coach: {|TS4401:That sounds like a lot to hold.|} What would help right now?
/// {|TS4001|}
/// </code>
/// Each line is <c>[start - end] Name: text</c> (times optional: seconds, <c>mm:ss</c> or
/// <c>hh:mm:ss</c>, each with optional fractions; <c>[start]</c> alone gives no end). Consecutive lines of
/// one speaker become utterances of one turn. Names starting with "Coach" are coaches, with "Client"
/// clients, others are Other. <c>{|ID:text|}</c> marks an expected marker on that text (markers may
/// nest, and may run over several lines of one turn); a line holding only <c>{|ID|}</c> expects a
/// session-level marker. Blank lines and lines
/// starting with <c>//</c> are ignored.
/// </summary>
public sealed class MarkupTranscript
{
    private MarkupTranscript(Transcript transcript, ImmutableArray<ExpectedMarker> expected)
    {
        Transcript = transcript;
        Expected = expected;
    }

    /// <summary>Gets the transcript, without the markup.</summary>
    public Transcript Transcript { get; }

    /// <summary>Gets the expected markers, in the order they appear.</summary>
    public ImmutableArray<ExpectedMarker> Expected { get; }

    /// <summary>Parses markup.</summary>
    /// <param name="markup">The markup.</param>
    /// <returns>The transcript and its expected markers.</returns>
    /// <exception cref="FormatException">The markup is not valid; the message gives the line.</exception>
    public static MarkupTranscript Parse(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var builder = new TranscriptBuilder("markup", "markup") { RoleAssignment = RoleAssignmentMode.Named };
        var speakers = new HashSet<string>(StringComparer.Ordinal);
        var session = new List<string>();
        var marks = new MarkStack();
        var lines = markup.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith("{|", StringComparison.Ordinal) && line.EndsWith("|}", StringComparison.Ordinal) && !line.Contains(':', StringComparison.Ordinal))
            {
                session.Add(CheckId(line[2..^2], n));
                continue;
            }

            var (start, end, rest) = ParseTimes(line, n);
            var colon = rest.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException($"Markup line {n + 1}: expected '[start - end] Name: text', found '{line}'.");
            }

            var name = rest[..colon].Trim();
            var text = marks.Strip(rest[(colon + 1)..].TrimStart(), builder.UtteranceCount, n);
            if (speakers.Add(name))
            {
                builder.AddSpeaker(name, name, RoleOf(name));
            }

            builder.AddUtterance(name, new Utterance(text, start, end));
        }

        marks.ThrowIfOpen();
        var transcript = builder.Build();
        var expected = ImmutableArray.CreateBuilder<ExpectedMarker>();
        expected.AddRange(session.Select(id => new ExpectedMarker(id, null, default, string.Empty)));
        foreach (var mark in marks.Closed)
        {
            var (turn, startOffset) = Locate(transcript, mark.StartUtterance);
            var (endTurn, endOffset) = Locate(transcript, mark.EndUtterance);
            if (endTurn.Index != turn.Index)
            {
                throw new FormatException($"Markup line {mark.Line + 1}: '{{|{mark.Id}:' spans turns {turn.Index} and {endTurn.Index}; a marker lies inside one turn.");
            }

            var span = TextSpan.FromBounds(startOffset + mark.StartOffset, endOffset + mark.EndOffset);
            expected.Add(new ExpectedMarker(mark.Id, turn.Index, span, turn.Quote(span)));
        }

        return new MarkupTranscript(transcript, expected.ToImmutable());
    }

    private static (Turn Turn, int Offset) Locate(Transcript transcript, int utteranceIndex)
    {
        var seen = 0;
        foreach (var turn in transcript.Turns)
        {
            if (utteranceIndex < seen + turn.Utterances.Length)
            {
                return (turn, turn.GetUtteranceOffset(utteranceIndex - seen));
            }

            seen += turn.Utterances.Length;
        }

        throw new InvalidOperationException($"Utterance {utteranceIndex} is not in the transcript.");
    }

    private static SpeakerRole RoleOf(string name) =>
        name.StartsWith("Coach", StringComparison.OrdinalIgnoreCase) ? SpeakerRole.Coach
        : name.StartsWith("Client", StringComparison.OrdinalIgnoreCase) ? SpeakerRole.Client
        : SpeakerRole.Other;

    internal static string CheckId(string id, int line) =>
        MarkerDescriptor.IsWellFormedId(id) ? id : throw new FormatException($"Markup line {line + 1}: '{id}' is not a marker ID.");

    private static (TimeSpan? Start, TimeSpan? End, string Remainder) ParseTimes(string line, int n)
    {
        if (!line.StartsWith('['))
        {
            return (null, null, line);
        }

        var close = line.IndexOf(']', StringComparison.Ordinal);
        if (close < 0)
        {
            throw new FormatException($"Markup line {n + 1}: '[' without ']'.");
        }

        var inner = line[1..close];
        var dash = inner.IndexOf(" - ", StringComparison.Ordinal) is var d and >= 0 ? d : inner.IndexOf('-', StringComparison.Ordinal);
        var width = inner.IndexOf(" - ", StringComparison.Ordinal) >= 0 ? 3 : 1;
        var start = ParseTime(dash < 0 ? inner : inner[..dash], n);
        var end = dash < 0 ? (TimeSpan?)null : ParseTime(inner[(dash + width)..], n);
        return (start, end, line[(close + 1)..].TrimStart());
    }

    private static TimeSpan ParseTime(string text, int n)
    {
        var parts = text.Trim().Split(':');
        double seconds = 0;
        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                throw new FormatException($"Markup line {n + 1}: '{text}' is not a time (seconds, mm:ss or hh:mm:ss).");
            }

            seconds = (seconds * 60) + value;
        }

        return TimeSpan.FromSeconds(seconds);
    }
}
