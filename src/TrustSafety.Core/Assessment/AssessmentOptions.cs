using System.ComponentModel.DataAnnotations;

namespace TrustSafety.Assessment;

/// <summary>The rules that turn markers into evidence levels (configuration section <c>TrustSafety:Assessment</c>).</summary>
public sealed class AssessmentOptions
{
    /// <summary>Gets or sets how many distinct turns must show evidence for the level to be clear.</summary>
    /// <value>The default value is 2.</value>
    [Range(1, 100)]
    public int ClearMinTurns { get; set; } = 2;

    /// <summary>Gets or sets how many of the strongest quotes each row keeps.</summary>
    /// <value>The default value is 3.</value>
    [Range(0, 50)]
    public int TopQuotes { get; set; } = 3;
}
