namespace TrustSafety.Configuration;

/// <summary>
/// The host's configuration of an analysis, bound from the <c>TrustSafety</c> configuration section (or a
/// <c>trustsafety.json</c> file for the command-line tool). See docs/configuration.md.
/// </summary>
public sealed class TrustSafetyOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "TrustSafety";

    /// <summary>The key used in <see cref="Behaviours"/> for competency-wide markers.</summary>
    public const string CompetencyWideKey = "competency";

    /// <summary>Gets the per-marker settings, by marker ID.</summary>
    public Dictionary<string, MarkerRule> Markers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the per-behaviour settings, by behaviour code (<c>4.1</c>..<c>4.6</c>, or <c>competency</c>).</summary>
    public Dictionary<string, BehaviourRule> Behaviours { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets free-form settings of detectors, by detector name, then key.</summary>
    public Dictionary<string, Dictionary<string, string>> Detectors { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets or sets how long one detector may take on one transcript. Past it the detector is cancelled
    /// (TS0002, the result is partial); one that ignores cancellation for <see cref="CancellationGracePeriod"/>
    /// more is abandoned and its output discarded.
    /// </summary>
    /// <value>The default value is 10 seconds.</value>
    public TimeSpan DetectorTimeBudget { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets how long a cancelled detector is waited for before it is abandoned.</summary>
    /// <value>The default value is 1 second.</value>
    public TimeSpan CancellationGracePeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets the rules that turn markers into evidence levels (docs/assessment.md).</summary>
    public Assessment.AssessmentOptions Assessment { get; } = new();

    /// <summary>Gets or sets how many transcripts are analysed at once by the batch methods.</summary>
    /// <value>The default value is the number of processors.</value>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;
}
