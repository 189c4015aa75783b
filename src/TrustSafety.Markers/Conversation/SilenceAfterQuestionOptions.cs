using System.ComponentModel.DataAnnotations;

namespace TrustSafety.Markers.Conversation;

/// <summary>Options of the space-after-a-question detector (TS4002), configuration section <c>TrustSafety:Detectors:SilenceAfterQuestion</c>.</summary>
public sealed class SilenceAfterQuestionOptions
{
    /// <summary>The detector's configuration name.</summary>
    public const string Name = "SilenceAfterQuestion";

    /// <summary>Gets or sets the silence between the coach's question and the client's reply that counts as space.</summary>
    /// <value>The default value is 2 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.5", "00:01:00")]
    public TimeSpan MinSilence { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets or sets the longest phrase after the question that still holds the space ("Take your time.").</summary>
    /// <value>The default value is 5 words.</value>
    [Range(0, 20)]
    public int MaxTrailingWords { get; set; } = 5;
}
