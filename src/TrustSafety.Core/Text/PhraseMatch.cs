namespace TrustSafety.Text;

/// <summary>A phrase found in a turn's text.</summary>
/// <param name="Label">The label the phrase was added with (for example the lexicon entry's category).</param>
/// <param name="Phrase">The phrase as written in the lexicon.</param>
/// <param name="Span">Where the matched words are in the turn's text.</param>
/// <param name="SentenceIndex">The index of the sentence that holds the match.</param>
/// <param name="FirstToken">The index of the first matched token in <see cref="TurnText.Tokens"/>.</param>
/// <param name="TokenCount">The number of matched word tokens.</param>
public sealed record PhraseMatch(string Label, string Phrase, TextSpan Span, int SentenceIndex, int FirstToken, int TokenCount);
