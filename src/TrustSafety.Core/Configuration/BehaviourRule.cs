namespace TrustSafety.Configuration;

/// <summary>
/// The host's settings for one behaviour code (configuration key <c>TrustSafety:Behaviours:4.4</c>, or
/// <c>TrustSafety:Behaviours:competency</c> for competency-wide markers).
/// </summary>
public sealed class BehaviourRule
{
    /// <summary>
    /// Gets or sets whether markers of the behaviour are enabled. A marker is disabled when all of its
    /// behaviours are disabled.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: enabled.</value>
    public bool? Enabled { get; set; }
}
