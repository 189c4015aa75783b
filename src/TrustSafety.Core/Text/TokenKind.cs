namespace TrustSafety.Text;

/// <summary>What a token is.</summary>
public enum TokenKind
{
    /// <summary>A word: letters, with inner apostrophes or hyphens ("don't", "well-being").</summary>
    Word = 0,

    /// <summary>A number ("3", "2.5", "10:30").</summary>
    Number = 1,

    /// <summary>A punctuation mark or symbol.</summary>
    Punctuation = 2,
}
