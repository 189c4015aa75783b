namespace TrustSafety.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in a turn's text.
/// </summary>
public readonly record struct TextSpan
{
    /// <summary>Creates a span from a start offset and a length.</summary>
    /// <param name="start">The 0-based offset of the first code unit.</param>
    /// <param name="length">The number of code units.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative.</exception>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    /// <summary>Gets the 0-based offset of the first code unit.</summary>
    public int Start { get; }

    /// <summary>Gets the number of code units.</summary>
    public int Length { get; }

    /// <summary>Gets the offset just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Gets a value indicating whether the span is empty.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from its start and end offsets.</summary>
    /// <param name="start">The start offset.</param>
    /// <param name="end">The end offset (exclusive).</param>
    /// <returns>The span.</returns>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>Returns whether the offset lies inside the span.</summary>
    /// <param name="position">A 0-based offset.</param>
    /// <returns><see langword="true"/> when <c>Start &lt;= position &lt; End</c>.</returns>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>Returns whether the other span lies entirely inside this one.</summary>
    /// <param name="span">The other span.</param>
    /// <returns><see langword="true"/> when the other span is contained.</returns>
    public bool Contains(TextSpan span) => span.Start >= Start && span.End <= End;

    /// <summary>Returns whether the spans share at least one code unit.</summary>
    /// <param name="span">The other span.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool OverlapsWith(TextSpan span) => Math.Max(Start, span.Start) < Math.Min(End, span.End);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
