using System.ComponentModel.DataAnnotations;

namespace TrustSafety.Markers.Conversation;

/// <summary>Options of the talk-share detector (TS4001), configuration section <c>TrustSafety:Detectors:TalkShare</c>.</summary>
public sealed class TalkShareOptions
{
    /// <summary>The detector's configuration name.</summary>
    public const string Name = "TalkShare";

    /// <summary>Gets or sets the coach's share of coach-and-client words (or talk time) above which the coach talks more.</summary>
    /// <value>The default value is 0.5.</value>
    [Range(0.1, 0.95)]
    public double MaxCoachShare { get; set; } = 0.5;

    /// <summary>Gets or sets the number of consecutive turns in a rolling window.</summary>
    /// <value>The default value is 10.</value>
    [Range(4, 200)]
    public int WindowTurns { get; set; } = 10;

    /// <summary>Gets or sets how many times the client's words the coach must speak in a window for it to be coach-dominated.</summary>
    /// <value>The default value is 2.</value>
    [Range(1.0, 20.0)]
    public double WindowRatio { get; set; } = 2.0;
}
