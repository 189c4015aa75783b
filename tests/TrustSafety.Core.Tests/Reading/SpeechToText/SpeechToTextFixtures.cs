using TrustSafety.Reading;
using TrustSafety.Reading.SpeechToText;
using TrustSafety.Transcripts;

namespace TrustSafety.Core.Tests.Reading.SpeechToText;

/// <summary>Loads the speech-to-text fixtures and finds where a piece of text is in them.</summary>
internal static class SpeechToTextFixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Reading", "SpeechToText", "Fixtures", name);

    public static string FixtureText(string name) => File.ReadAllText(Path(name));

    public static Transcript Read(ITranscriptReader reader, string name)
    {
        using var text = File.OpenText(Path(name));
        return reader.Read(text, name);
    }

    public static Transcript ReadJson(ITranscriptReader reader, string json) => reader.Read(new StringReader(json), "t.json");

    /// <summary>The 1-based line and column of the only occurrence of <paramref name="snippet"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) Locate(string text, string snippet) => Locate(text, snippet, snippet);

    /// <summary>
    /// The 1-based line and column of <paramref name="target"/> inside the only occurrence of
    /// <paramref name="context"/> in <paramref name="text"/>.
    /// </summary>
    public static (int Line, int Column) Locate(string text, string context, string target)
    {
        var found = text.IndexOf(context, StringComparison.Ordinal);
        found.Should().BeGreaterThanOrEqualTo(0, $"the text should contain {context}");
        text.IndexOf(context, found + 1, StringComparison.Ordinal).Should().Be(-1, $"{context} should occur once");
        var inner = context.IndexOf(target, StringComparison.Ordinal);
        inner.Should().BeGreaterThanOrEqualTo(0);
        var index = found + inner;
        var lineStart = text.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1;
        return (text.AsSpan(0, index).Count('\n') + 1, index - lineStart + 1);
    }

    /// <summary>The readers of this folder.</summary>
    public static ITranscriptReader[] SpeechToTextReaders =>
    [
        new AssemblyAiTranscriptReader(),
        new DeepgramTranscriptReader(),
        new WhisperXTranscriptReader(),
        new OpenAiTranscriptReader(),
        new AwsTranscribeTranscriptReader(),
    ];

    /// <summary>Every reader: the built-in ones (plain text, the project's JSON and the others) and these.</summary>
    public static ITranscriptReader[] AllReaders
    {
        get
        {
            var ours = SpeechToTextReaders;
            return [.. TranscriptLoader.BuiltInReaders.Where(r => !ours.Any(o => o.FormatName == r.FormatName)), .. ours];
        }
    }

    /// <summary>The detection scores of every reader for the first 8 KB of a text, best first.</summary>
    public static IReadOnlyList<(string Format, int Score)> Scores(string text)
    {
        var head = text.Length > 8192 ? text[..8192] : text;
        return [.. AllReaders.Select(r => (r.FormatName, r.Detect(head))).OrderByDescending(x => x.Item2)];
    }

    /// <summary>
    /// Checks that every character of every turn that is not white space maps to the same character of
    /// the file, at a line and column that agree with its offset.
    /// </summary>
    public static void EveryCharacterMapsBack(Transcript transcript, string file)
    {
        foreach (var turn in transcript.Turns)
        {
            for (var i = 0; i < turn.Text.Length; i++)
            {
                if (char.IsWhiteSpace(turn.Text[i]))
                {
                    continue;
                }

                var position = turn.MapToSource(i)!.Value;
                file[(int)position.Offset].Should().Be(turn.Text[i], $"character {i} of turn {turn.Index} should map to itself");
                var lineStart = file.LastIndexOf('\n', Math.Max((int)position.Offset - 1, 0)) + 1;
                (position.Line, position.Column).Should().Be((file.AsSpan(0, (int)position.Offset).Count('\n') + 1, (int)position.Offset - lineStart + 1));
            }
        }
    }

    public static TimeSpan Ms(int milliseconds) => TimeSpan.FromTicks(milliseconds * TimeSpan.TicksPerMillisecond);

    /// <summary>What a person reading the file would list: speaker, text, start and end of each turn.</summary>
    public static IEnumerable<(string Speaker, string Text, TimeSpan? Start, TimeSpan? End)> Listing(Transcript transcript) =>
        transcript.Turns.Select(t => (t.Speaker.Id, t.Text, t.Start, t.End));
}
