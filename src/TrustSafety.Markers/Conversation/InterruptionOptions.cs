using System.ComponentModel.DataAnnotations;

namespace TrustSafety.Markers.Conversation;

/// <summary>Options of the interruption detector (TS4004), configuration section <c>TrustSafety:Detectors:Interruption</c>.</summary>
public sealed class InterruptionOptions
{
    /// <summary>The detector's configuration name.</summary>
    public const string Name = "Interruption";

    /// <summary>Gets or sets how long the coach must talk over the end of the client's turn to interrupt.</summary>
    /// <value>The default value is 0.3 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan MinOverlap { get; set; } = TimeSpan.FromSeconds(0.3);
}
