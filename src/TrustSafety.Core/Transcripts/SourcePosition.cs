namespace TrustSafety.Transcripts;

/// <summary>A position in a transcript's source file.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column, in UTF-16 code units.</param>
/// <param name="Offset">The 0-based character offset from the start of the file.</param>
public readonly record struct SourcePosition(int Line, int Column, long Offset)
{
    /// <inheritdoc />
    public override string ToString() => $"line {Line}, column {Column}";
}
