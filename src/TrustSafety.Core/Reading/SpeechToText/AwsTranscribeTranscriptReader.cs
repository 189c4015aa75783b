using System.Collections.Immutable;
using System.Text;
using TrustSafety.Transcripts;

namespace TrustSafety.Reading.SpeechToText;

/// <summary>
/// Reads an Amazon Transcribe job result made with speaker identification (<c>aws-transcribe</c>):
/// <c>results.speaker_labels.segments</c>, an array of
/// <c>{"start_time": "1.2", "end_time": "4.3", "speaker_label": "spk_0", "items": [...]}</c>, and
/// <c>results.items</c>, the words and punctuation of the whole job, each
/// <c>{"start_time": "1.2", "end_time": "1.5", "alternatives": [{"content": "Hello", "confidence": "0.99"}], "type": "pronunciation"}</c>
/// (punctuation items have no times). Times are strings of seconds in the invariant culture
/// (<c>"12.345"</c>); a malformed one is an error at its position.
/// </summary>
/// <remarks>
/// <para>
/// One utterance is built per speaker segment, in file order, with the segment's label as the speaker's id
/// and name and the segment's times: its text is the first alternative of each pronunciation item whose
/// <c>start_time</c> lies inside the segment (from its start, before its end; at its end only when no other
/// segment starts there), joined by spaces; where segments overlap, a word goes to the segment whose own
/// <c>items</c> list it with the same times. Each word is followed by the punctuation items after it in
/// <c>results.items</c> without a space. Every word and punctuation mark has its own source segment
/// pointing at its <c>content</c> string, so each word maps back to the file. A segment without words is
/// skipped with a TS0007 diagnostic. Words inside no segment are not dropped: each run of them becomes an
/// utterance by <c>Unknown</c>, placed by its time among the segments, with a TS0008 diagnostic.
/// </para>
/// <para>
/// Detection: 85 when the head is a JSON object with a <c>"jobName"</c> key, a <c>"speaker_labels"</c>
/// object, a <c>"speaker_label"</c> key, or <c>"start_time"</c> with a <c>"pronunciation"</c> item (see
/// <see cref="SpeechToTextDetection"/>); otherwise 0.
/// </para>
/// </remarks>
internal sealed class AwsTranscribeTranscriptReader() : SpeechToTextReader(Name, null)
{
    /// <summary>The format name.</summary>
    public const string Name = "aws-transcribe";

    private const string Expectation = "an AWS Transcribe transcript with `results.speaker_labels.segments` and `results.items` arrays";

    /// <inheritdoc />
    public override int Detect(string head) =>
        SpeechToTextDetection.Candidate(head) is { } json && SpeechToTextDetection.IsAws(json) ? SpeechToTextDetection.Distinctive : 0;

    /// <inheritdoc />
    protected override void Read(PositionedJsonNode root, SpeechToTextDocument document, CancellationToken cancellationToken)
    {
        var transcript = document.Root(root, Expectation);
        var results = document.DocumentObject(transcript, "results", "results", Expectation, string.Empty);
        var speakerLabels = document.DocumentObject(results, "speaker_labels", "results.speaker_labels", Expectation, " (start the job with ShowSpeakerLabels)");
        var segmentNodes = document.DocumentArray(speakerLabels, "segments", "results.speaker_labels.segments", Expectation, string.Empty);
        var itemNodes = document.DocumentArray(results, "items", "results.items", Expectation, string.Empty);

        var segments = new List<Segment>(segmentNodes.Items.Length);
        var claims = new Dictionary<(TimeSpan Start, TimeSpan End), Queue<int>>();
        foreach (var item in segmentNodes.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var node = document.Item(item, "a speaker segment object {\"start_time\", \"end_time\", \"speaker_label\"}");
            var label = document.RequiredLabel(node, "speaker_label", "speaker segment", string.Empty);
            var start = document.SecondsString(node, "start_time", "speaker segment");
            var end = document.SecondsString(node, "end_time", "speaker segment");
            document.EndNotBeforeStart(node, "end_time", start, end);
            segments.Add(new Segment(node, label, start, end));
            ReadSegmentItems(document, node, segments.Count - 1, claims);
        }

        var words = new Assignment(segments, claims);
        foreach (var item in itemNodes.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReadItem(document, item, words);
        }

        Emit(document, segments, words.Runs, cancellationToken);
    }

    /// <summary>Notes which segment lists a word (by its times), to attribute words where segments overlap.</summary>
    private static void ReadSegmentItems(SpeechToTextDocument document, PositionedJsonNode segment, int index, Dictionary<(TimeSpan Start, TimeSpan End), Queue<int>> claims)
    {
        var items = segment["items"];
        if (items is null || items.Kind == PositionedJsonKind.Null)
        {
            return;
        }

        if (items.Kind != PositionedJsonKind.Array)
        {
            throw document.Error(items, $"expected `items` to be an array, found {items.Describe()}");
        }

        foreach (var item in items.Items)
        {
            var node = document.Item(item, "a segment item object {\"start_time\", \"end_time\", \"speaker_label\"}");
            var key = (document.SecondsString(node, "start_time", "segment item"), document.SecondsString(node, "end_time", "segment item"));
            if (!claims.TryGetValue(key, out var queue))
            {
                claims[key] = queue = new Queue<int>();
            }

            queue.Enqueue(index);
        }
    }

    private static void ReadItem(SpeechToTextDocument document, PositionedJsonNode item, Assignment words)
    {
        var node = document.Item(item, "an item object {\"type\", \"alternatives\", \"start_time\", \"end_time\"}");
        var type = document.Required(node, "type", PositionedJsonKind.String, "item", "\"pronunciation\" or \"punctuation\"");
        if (type.Value is not ("pronunciation" or "punctuation"))
        {
            throw document.Error(type, $"expected `type` to be \"pronunciation\" or \"punctuation\", found {type.Describe()}");
        }

        var alternatives = document.Required(node, "alternatives", PositionedJsonKind.Array, "item", "an array of {\"content\"} objects");
        if (alternatives.Items.IsEmpty)
        {
            throw document.Error(alternatives, "expected `alternatives` to hold at least one {\"content\"} object, found an empty array");
        }

        var alternative = document.Item(alternatives.Items[0], "an alternative object {\"content\", \"confidence\"}");
        var content = document.Required(alternative, "content", PositionedJsonKind.String, "alternative", "a string");
        var (text, map) = content.GetMappedText();
        if (type.Value == "punctuation")
        {
            if (text.Length > 0)
            {
                words.AddPunctuation(new Piece(text, map, SpaceBefore: false));
            }

            return;
        }

        var start = document.SecondsString(node, "start_time", "pronunciation item");
        var end = document.SecondsString(node, "end_time", "pronunciation item");
        document.EndNotBeforeStart(node, "end_time", start, end);
        if (text.Length > 0)
        {
            words.AddWord(node, text, map, start, end);
        }
    }

    private static void Emit(SpeechToTextDocument document, List<Segment> segments, List<Run> runs, CancellationToken cancellationToken)
    {
        var nextRun = 0;
        foreach (var segment in segments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            while (nextRun < runs.Count && runs[nextRun].Start < segment.Start)
            {
                EmitRun(document, runs[nextRun++]);
            }

            if (segment.Pieces.Count == 0)
            {
                document.EmptyText(segment.Node, "speaker segment");
                continue;
            }

            var (text, map) = Join(segment.Pieces);
            document.Add(segment.Label, null, new Utterance(text, segment.Start, segment.End, null, map));
        }

        while (nextRun < runs.Count)
        {
            EmitRun(document, runs[nextRun++]);
        }
    }

    private static void EmitRun(SpeechToTextDocument document, Run run)
    {
        var (text, map) = Join(run.Pieces);
        document.AddUnknown(run.First, "A word outside every speaker segment", new Utterance(text, run.Start, run.End, null, map));
    }

    private static (string Text, ImmutableArray<SourceSegment> Map) Join(List<Piece> pieces)
    {
        var text = new StringBuilder();
        var map = ImmutableArray.CreateBuilder<SourceSegment>();
        foreach (var piece in pieces)
        {
            if (piece.SpaceBefore && text.Length > 0)
            {
                text.Append(' ');
            }

            foreach (var segment in piece.Map)
            {
                map.Add(segment with { TextStart = segment.TextStart + text.Length });
            }

            text.Append(piece.Text);
        }

        return (text.ToString(), map.ToImmutable());
    }

    /// <summary>A word or punctuation mark with its source map, and whether a space goes before it.</summary>
    private readonly record struct Piece(string Text, ImmutableArray<SourceSegment> Map, bool SpaceBefore);

    private sealed record Segment(PositionedJsonNode Node, string Label, TimeSpan Start, TimeSpan End)
    {
        public List<Piece> Pieces { get; } = [];
    }

    /// <summary>Consecutive words inside no speaker segment.</summary>
    private sealed class Run(PositionedJsonNode first, TimeSpan start)
    {
        public PositionedJsonNode First { get; } = first;

        public TimeSpan Start { get; } = start;

        public TimeSpan End { get; set; } = start;

        public List<Piece> Pieces { get; } = [];
    }

    /// <summary>
    /// Distributes the items, in file order, to the segment that lists a word with the same times or else
    /// to the segment that contains its start time.
    /// </summary>
    private sealed class Assignment(List<Segment> segments, Dictionary<(TimeSpan Start, TimeSpan End), Queue<int>> claims)
    {
        private readonly List<Piece> _leadingPunctuation = [];
        private List<Piece>? _current;
        private Run? _openRun;
        private int _hint;

        public List<Run> Runs { get; } = [];

        public void AddPunctuation(Piece piece)
        {
            if (_current is null)
            {
                _leadingPunctuation.Add(piece);
            }
            else
            {
                _current.Add(piece);
            }
        }

        public void AddWord(PositionedJsonNode item, string text, ImmutableArray<SourceSegment> map, TimeSpan start, TimeSpan end)
        {
            var index = claims.TryGetValue((start, end), out var claim) && claim.Count > 0 ? claim.Dequeue() : Find(start);
            if (index >= 0)
            {
                _current = segments[index].Pieces;
                _openRun = null;
            }
            else
            {
                if (_openRun is null)
                {
                    _openRun = new Run(item, start);
                    Runs.Add(_openRun);
                }

                _openRun.End = end > _openRun.End ? end : _openRun.End;
                _current = _openRun.Pieces;
            }

            var spaceBefore = _current.Count > 0;
            if (_leadingPunctuation.Count > 0)
            {
                _current.AddRange(_leadingPunctuation);
                _leadingPunctuation.Clear();
                spaceBefore = false;
            }

            _current.Add(new Piece(text, map, spaceBefore));
        }

        private int Find(TimeSpan time)
        {
            for (var i = _hint; i < Math.Min(_hint + 2, segments.Count); i++)
            {
                if (segments[i].Start <= time && time < segments[i].End)
                {
                    return _hint = i;
                }
            }

            for (var i = 0; i < segments.Count; i++)
            {
                if (segments[i].Start <= time && time < segments[i].End)
                {
                    return _hint = i;
                }
            }

            // At a segment's very end (or in a segment of no length) only when no segment starts there.
            for (var i = 0; i < segments.Count; i++)
            {
                if (segments[i].Start <= time && time <= segments[i].End)
                {
                    return _hint = i;
                }
            }

            return -1;
        }
    }
}
