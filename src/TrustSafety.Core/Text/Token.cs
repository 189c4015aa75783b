namespace TrustSafety.Text;

/// <summary>A token of a turn's text.</summary>
/// <param name="Span">Where the token is in the turn's text.</param>
/// <param name="Kind">What the token is.</param>
/// <param name="Normalized">The token lower-cased, with typographic apostrophes made plain (<c>’</c> → <c>'</c>).</param>
/// <param name="SentenceIndex">The 0-based index of the sentence that contains the token.</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind, string Normalized, int SentenceIndex)
{
    /// <summary>Gets a value indicating whether the token is a word.</summary>
    public bool IsWord => Kind == TokenKind.Word;
}
