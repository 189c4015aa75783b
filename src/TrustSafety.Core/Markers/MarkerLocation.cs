using TrustSafety.Text;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers;

/// <summary>
/// Where a marker (or one of its related locations) is: a span in a turn's text with its time range, or
/// the whole session.
/// </summary>
public sealed record MarkerLocation
{
    private MarkerLocation(int? turnIndex, TextSpan span, TimeSpan? start, TimeSpan? end)
    {
        TurnIndex = turnIndex;
        Span = span;
        Start = start;
        End = end;
    }

    /// <summary>Gets the location of a session-level marker (no turn, no span).</summary>
    public static MarkerLocation Session { get; } = new(null, default, null, null);

    /// <summary>Gets the 0-based turn index, or <see langword="null"/> for the session.</summary>
    public int? TurnIndex { get; }

    /// <summary>Gets the span in the turn's text (empty for the session).</summary>
    public TextSpan Span { get; }

    /// <summary>Gets the start of the span in the recording, if known.</summary>
    public TimeSpan? Start { get; }

    /// <summary>Gets the end of the span in the recording, if known.</summary>
    public TimeSpan? End { get; }

    /// <summary>Gets a value indicating whether this is the session rather than a turn.</summary>
    public bool IsSession => TurnIndex is null;

    /// <summary>Creates a location for a span of a turn; its times come from the utterances the span covers.</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="span">The span in the turn's text.</param>
    /// <returns>The location.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span is not inside the turn's text.</exception>
    public static MarkerLocation InTurn(Turn turn, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (span.End > turn.Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), $"Span {span} is outside turn {turn.Index}, whose text has {turn.Text.Length} characters.");
        }

        var (start, end) = turn.GetTimeRange(span);
        return new MarkerLocation(turn.Index, span, start, end);
    }

    /// <summary>Creates a location covering a whole turn.</summary>
    /// <param name="turn">The turn.</param>
    /// <returns>The location.</returns>
    public static MarkerLocation InTurn(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return InTurn(turn, new TextSpan(0, turn.Text.Length));
    }

    /// <inheritdoc />
    public override string ToString() => IsSession ? "session" : $"turn[{TurnIndex}]{Span}";
}
