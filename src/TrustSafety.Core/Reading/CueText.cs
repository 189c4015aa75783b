using System.Collections.Immutable;
using TrustSafety.Transcripts;

namespace TrustSafety.Reading;

/// <summary>A cue's cleaned text with its source map, and helpers shared by the subtitle readers.</summary>
internal readonly record struct CueText(string Text, ImmutableArray<SourceSegment> Map)
{
    /// <summary>Returns the text from an offset on, with the map shifted to match.</summary>
    public CueText From(int start)
    {
        var map = ImmutableArray.CreateBuilder<SourceSegment>();
        foreach (var segment in Map)
        {
            var end = segment.TextStart + segment.Length;
            if (end <= start)
            {
                continue;
            }

            var skip = Math.Max(0, start - segment.TextStart);
            var source = new SourcePosition(segment.Source.Line, segment.Source.Column + skip, segment.Source.Offset + skip);
            map.Add(new SourceSegment(segment.TextStart + skip - start, segment.Length - skip, source));
        }

        return new CueText(Text[start..], map.ToImmutable());
    }

    /// <summary>Splits off a <c>Name: </c> speaker prefix, if the text starts with one.</summary>
    public bool TrySplitSpeaker(out string speaker, out CueText rest)
    {
        if (SpeakerPrefix.TryRead(Text, 0, out speaker, out var textStart) && textStart < Text.Length)
        {
            rest = From(textStart);
            return true;
        }

        rest = this;
        return false;
    }

    /// <summary>The source position of a character of a line.</summary>
    public static SourcePosition At(SourceLine line, int index) => new(line.Number, index + 1, line.Offset + index);
}
