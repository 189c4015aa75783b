using System.Collections.Immutable;

namespace TrustSafety.Transcripts;

/// <summary>
/// One piece of speech as the source file gives it (a cue, a line, a segment). A turn merges the
/// consecutive utterances of one speaker.
/// </summary>
public sealed class Utterance
{
    /// <summary>Creates an utterance.</summary>
    /// <param name="text">The text, as the reader cleaned it (tags stripped, entities decoded).</param>
    /// <param name="start">When the speech starts, if the source says.</param>
    /// <param name="end">When the speech ends, if the source says (never inferred).</param>
    /// <param name="id">The source's identifier for the utterance (a cue id), if any.</param>
    /// <param name="sourceMap">Where each run of the text comes from in the source file; may be empty.</param>
    public Utterance(string text, TimeSpan? start = null, TimeSpan? end = null, string? id = null, ImmutableArray<SourceSegment> sourceMap = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Start = start;
        End = end;
        Id = id;
        SourceMap = sourceMap.IsDefault ? [] : sourceMap;
    }

    /// <summary>Gets the text.</summary>
    public string Text { get; }

    /// <summary>Gets the start time, if known.</summary>
    public TimeSpan? Start { get; }

    /// <summary>Gets the end time, if known.</summary>
    public TimeSpan? End { get; }

    /// <summary>Gets the source's identifier for the utterance, if any.</summary>
    public string? Id { get; }

    /// <summary>Gets the runs of the text mapped to the source file, in text order.</summary>
    public ImmutableArray<SourceSegment> SourceMap { get; }

    /// <summary>Gets the source position of the first character, if known.</summary>
    public SourcePosition? SourcePosition => SourceMap.IsEmpty ? null : SourceMap[0].Source;

    /// <summary>Finds where a character of the text comes from in the source file.</summary>
    /// <param name="offset">A 0-based offset into <see cref="Text"/>.</param>
    /// <returns>The source position, or <see langword="null"/> when the offset is not mapped.</returns>
    public SourcePosition? MapToSource(int offset)
    {
        SourceSegment? best = null;
        foreach (var segment in SourceMap)
        {
            if (segment.TextStart > offset)
            {
                break;
            }

            best = segment;
            if (offset < segment.TextStart + segment.Length)
            {
                break;
            }
        }

        if (best is not { } found)
        {
            return null;
        }

        // Past the end of a run (a joining space), point at the run's last character.
        var delta = Math.Min(offset - found.TextStart, Math.Max(found.Length - 1, 0));
        return new SourcePosition(found.Source.Line, found.Source.Column + delta, found.Source.Offset + delta);
    }
}
