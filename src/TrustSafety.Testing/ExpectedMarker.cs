using TrustSafety.Text;

namespace TrustSafety.Testing;

/// <summary>A marker a markup transcript says must be reported.</summary>
/// <param name="Id">The marker ID.</param>
/// <param name="TurnIndex">The 0-based turn, or <see langword="null"/> for a session-level marker.</param>
/// <param name="Span">The span in the turn's text (empty for the session).</param>
/// <param name="Quote">The marked text.</param>
public sealed record ExpectedMarker(string Id, int? TurnIndex, TextSpan Span, string Quote)
{
    /// <inheritdoc />
    public override string ToString() => MarkupListing.Describe(Id, TurnIndex, Span, Quote);
}
