using System.Collections.Immutable;
using TrustSafety.Text;

namespace TrustSafety.Transcripts;

/// <summary>
/// A maximal run of one speaker's consecutive utterances. Its text is the utterances' texts joined by a
/// single space; spans into it are UTF-16 code-unit offsets.
/// </summary>
public sealed class Turn
{
    private readonly ImmutableArray<int> _utteranceOffsets;

    internal Turn(int index, Speaker speaker, ImmutableArray<Utterance> utterances)
    {
        Index = index;
        Speaker = speaker;
        Utterances = utterances;
        var offsets = ImmutableArray.CreateBuilder<int>(utterances.Length);
        var offset = 0;
        foreach (var utterance in utterances)
        {
            offsets.Add(offset);
            offset += utterance.Text.Length + 1;
        }

        _utteranceOffsets = offsets.MoveToImmutable();
        Text = utterances.Length == 1 ? utterances[0].Text : string.Join(' ', utterances.Select(u => u.Text));
    }

    /// <summary>Gets the 0-based index of the turn in the transcript.</summary>
    public int Index { get; }

    /// <summary>Gets the speaker.</summary>
    public Speaker Speaker { get; }

    /// <summary>Gets the speaker's role.</summary>
    public SpeakerRole Role => Speaker.Role;

    /// <summary>Gets the text: the utterances' texts joined by a single space.</summary>
    public string Text { get; }

    /// <summary>Gets the start time of the first utterance, if the source gives it.</summary>
    public TimeSpan? Start => Utterances[0].Start;

    /// <summary>Gets the end time of the last utterance, if the source gives it (never inferred).</summary>
    public TimeSpan? End => Utterances[^1].End;

    /// <summary>Gets the utterances the turn merges, in order.</summary>
    public ImmutableArray<Utterance> Utterances { get; }

    /// <summary>Gets the offset in <see cref="Text"/> where an utterance's text starts.</summary>
    /// <param name="utteranceIndex">The 0-based index into <see cref="Utterances"/>.</param>
    /// <returns>The offset.</returns>
    public int GetUtteranceOffset(int utteranceIndex) => _utteranceOffsets[utteranceIndex];

    /// <summary>Gets the index of the utterance that contains a character of the turn's text.</summary>
    /// <param name="offset">A 0-based offset into <see cref="Text"/>; the joining space belongs to the utterance before it.</param>
    /// <returns>The 0-based utterance index.</returns>
    public int GetUtteranceIndexAt(int offset)
    {
        var found = _utteranceOffsets.BinarySearch(offset);
        return found >= 0 ? found : Math.Max(0, ~found - 1);
    }

    /// <summary>Gets the time range of a span: from the start of the utterance holding its first character to the end of the one holding its last.</summary>
    /// <param name="span">A span in <see cref="Text"/>.</param>
    /// <returns>The start and end times; each is <see langword="null"/> when the source does not give it.</returns>
    public (TimeSpan? Start, TimeSpan? End) GetTimeRange(TextSpan span)
    {
        var first = Utterances[GetUtteranceIndexAt(span.Start)];
        var last = Utterances[GetUtteranceIndexAt(Math.Max(span.Start, span.End - 1))];
        return (first.Start, last.End);
    }

    /// <summary>Finds where a character of the turn's text comes from in the source file.</summary>
    /// <param name="offset">A 0-based offset into <see cref="Text"/>.</param>
    /// <returns>The source position, or <see langword="null"/> when the reader recorded none.</returns>
    public SourcePosition? MapToSource(int offset)
    {
        var index = GetUtteranceIndexAt(offset);
        return Utterances[index].MapToSource(offset - _utteranceOffsets[index]);
    }

    /// <summary>Gets the text of a span of the turn.</summary>
    /// <param name="span">A span in <see cref="Text"/>.</param>
    /// <returns>The quoted text.</returns>
    public string Quote(TextSpan span) => Text.Substring(span.Start, span.Length);

    internal Turn WithSpeaker(Speaker speaker) => new(Index, speaker, Utterances);

    /// <inheritdoc />
    public override string ToString() => $"turn[{Index}] {Speaker.Name}: {Text}";
}
