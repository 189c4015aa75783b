namespace TrustSafety.Transcripts;

/// <summary>
/// Maps a run of characters of an utterance's text to a run of the same length in the source file.
/// </summary>
/// <param name="TextStart">The 0-based offset of the run in the utterance's text.</param>
/// <param name="Length">The number of characters in the run.</param>
/// <param name="Source">The source position of the run's first character.</param>
public readonly record struct SourceSegment(int TextStart, int Length, SourcePosition Source);
