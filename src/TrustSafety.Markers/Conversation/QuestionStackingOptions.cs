using System.ComponentModel.DataAnnotations;

namespace TrustSafety.Markers.Conversation;

/// <summary>Options of the question-stacking detector (TS4003), configuration section <c>TrustSafety:Detectors:QuestionStacking</c>.</summary>
public sealed class QuestionStackingOptions
{
    /// <summary>The detector's configuration name.</summary>
    public const string Name = "QuestionStacking";

    /// <summary>Gets or sets how many questions in one run without waiting make a stack.</summary>
    /// <value>The default value is 3.</value>
    [Range(2, 50)]
    public int MinQuestions { get; set; } = 3;

    /// <summary>Gets or sets the pause inside a coach turn (between utterances) that counts as waiting for an answer.</summary>
    /// <value>The default value is 2 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan WaitingPause { get; set; } = TimeSpan.FromSeconds(2);
}
