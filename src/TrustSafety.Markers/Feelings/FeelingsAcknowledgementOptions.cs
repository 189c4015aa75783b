using System.ComponentModel.DataAnnotations;

namespace TrustSafety.Markers.Feelings;

/// <summary>Options of the feelings-acknowledgement detector (TS4501), configuration section <c>TrustSafety:Detectors:FeelingsAcknowledgement</c>.</summary>
public sealed class FeelingsAcknowledgementOptions : IValidatableObject
{
    /// <summary>The detector's configuration name.</summary>
    public const string Name = "FeelingsAcknowledgement";

    /// <summary>Gets or sets how the detector decides.</summary>
    /// <value>The default value is <see cref="FeelingsMethod.Model"/>.</value>
    public FeelingsMethod Method { get; set; } = FeelingsMethod.Model;

    /// <summary>Gets or sets the probability at or above which the model's verdict is reported.</summary>
    /// <value>The default value is <see cref="Classifier.FeelingsClassifier.DefaultThreshold"/>.</value>
    [Range(0.05, 0.99)]
    public double Threshold { get; set; } = Classifier.FeelingsClassifier.DefaultThreshold;

    /// <summary>
    /// Gets or sets a model file written by <c>trustsafety-train</c> (<see cref="Classifier.FeelingsClassifierTrainer"/>)
    /// to use instead of the built-in model; <see langword="null"/> for the built-in one.
    /// </summary>
    public string? ModelPath { get; set; }

    /// <summary>Checks that a configured model file exists and loads, so a wrong file fails at startup rather than mid-analysis.</summary>
    /// <param name="validationContext">The validation context.</param>
    /// <returns>The problems found.</returns>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ModelPath is null)
        {
            yield break;
        }

        if (!File.Exists(ModelPath))
        {
            yield return new ValidationResult($"The model file '{ModelPath}' does not exist.", [nameof(ModelPath)]);
            yield break;
        }

        string? problem = null;
        try
        {
            Classifier.FeelingsClassifier.Load(ModelPath);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            problem = e.Message;
        }

        if (problem is not null)
        {
            yield return new ValidationResult(problem, [nameof(ModelPath)]);
        }
    }
}

/// <summary>How the feelings-acknowledgement detector decides.</summary>
public enum FeelingsMethod
{
    /// <summary>The trained classifier (the default).</summary>
    Model,

    /// <summary>The keyword baseline (<c>Lexicons/feelings-keywords.txt</c>), kept for comparison.</summary>
    Keywords,
}
