namespace TrustSafety.Reading;

/// <summary>A line of a source file with its position.</summary>
/// <param name="Text">The line's text without its line break.</param>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Offset">The 0-based character offset of the line's first character in the file.</param>
public readonly record struct SourceLine(string Text, int Number, long Offset);
