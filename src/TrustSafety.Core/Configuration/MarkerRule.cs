namespace TrustSafety.Configuration;

/// <summary>The host's settings for one marker ID (configuration key <c>TrustSafety:Markers:ID</c>).</summary>
public sealed class MarkerRule
{
    /// <summary>Gets or sets the severity: <c>error</c>, <c>warning</c>, <c>info</c>, <c>hidden</c> or <c>none</c>.</summary>
    /// <value>The default value is <see langword="null"/>: the descriptor's default severity.</value>
    public string? Severity { get; set; }

    /// <summary>Gets or sets whether the marker is enabled; overrides the behaviour rules and the descriptor's default.</summary>
    /// <value>The default value is <see langword="null"/>: decided by the behaviour rules and the descriptor.</value>
    public bool? Enabled { get; set; }
}
