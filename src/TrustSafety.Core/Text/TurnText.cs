using System.Collections.Immutable;

namespace TrustSafety.Text;

/// <summary>The shared analysis of one turn's text: tokens, sentences and questions, computed once.</summary>
public sealed class TurnText
{
    internal TurnText(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Questions = sentences.Where(s => s.IsQuestion).ToImmutableArray();
        WordCount = tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number);
    }

    /// <summary>Gets the turn's text.</summary>
    public string Text { get; }

    /// <summary>Gets the tokens, in order.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>Gets the sentences, in order.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>Gets the sentences that are questions, in order.</summary>
    public ImmutableArray<Sentence> Questions { get; }

    /// <summary>Gets the number of words and numbers.</summary>
    public int WordCount { get; }

    /// <summary>Gets the tokens of a sentence.</summary>
    /// <param name="sentence">A sentence of this turn.</param>
    /// <returns>Its tokens.</returns>
    public ReadOnlySpan<Token> TokensOf(Sentence sentence) => Tokens.AsSpan().Slice(sentence.FirstToken, sentence.TokenCount);

    /// <summary>Gets the text of a span.</summary>
    /// <param name="span">A span in the turn's text.</param>
    /// <returns>The text.</returns>
    public string Quote(TextSpan span) => Text.Substring(span.Start, span.Length);
}
