namespace TrustSafety.Text;

/// <summary>A sentence of a turn's text.</summary>
/// <param name="Span">Where the sentence is in the turn's text, without surrounding white space.</param>
/// <param name="FirstToken">The index of its first token in <see cref="TurnText.Tokens"/>.</param>
/// <param name="TokenCount">The number of its tokens.</param>
/// <param name="IsQuestion">Whether the sentence ends with a question mark.</param>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount, bool IsQuestion);
