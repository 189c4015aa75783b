namespace TrustSafety.Redaction;

/// <summary>What <see cref="TranscriptRedactor"/> replaces.</summary>
public sealed class RedactionOptions
{
    /// <summary>Gets or sets whether speakers' names, and each part of them wherever it appears in the text, become role labels.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool Names { get; set; } = true;

    /// <summary>Gets or sets whether e-mail addresses, phone numbers and URLs become placeholders.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool PersonalData { get; set; } = true;

    /// <summary>Gets extra words to replace with <c>[redacted]</c> (for example a company or a town), matched as whole words, ignoring case.</summary>
    public List<string> Terms { get; } = [];
}
