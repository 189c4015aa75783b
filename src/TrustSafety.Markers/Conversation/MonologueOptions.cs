using System.ComponentModel.DataAnnotations;

namespace TrustSafety.Markers.Conversation;

/// <summary>Options of the coach-monologue detector (TS4008), configuration section <c>TrustSafety:Detectors:Monologue</c>.</summary>
public sealed class MonologueOptions
{
    /// <summary>The detector's configuration name.</summary>
    public const string Name = "Monologue";

    /// <summary>Gets or sets the number of words above which a coach turn is a monologue.</summary>
    /// <value>The default value is 120.</value>
    [Range(20, 10000)]
    public int MaxWords { get; set; } = 120;

    /// <summary>
    /// Gets or sets whether a long turn in the opening of the session that sets up the coaching agreement
    /// (how the coach works, confidentiality) is exempt: contracting is not lecturing.
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool ExemptOpeningContracting { get; set; } = true;
}
