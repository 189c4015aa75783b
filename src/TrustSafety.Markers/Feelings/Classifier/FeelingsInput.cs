using Microsoft.ML.Data;

namespace TrustSafety.Markers.Feelings.Classifier;

/// <summary>The model's input row: both turns' text and the hand-made cues (<see cref="FeelingsCues"/>).</summary>
internal sealed class FeelingsInput
{
    public string Client { get; set; } = "";

    public string Coach { get; set; } = "";

    [VectorType(FeelingsCues.Count)]
    public float[] Cues { get; set; } = new float[FeelingsCues.Count];

    public bool Label { get; set; }

    public static FeelingsInput Create(string client, string coach, bool label = false) =>
        new() { Client = client, Coach = coach, Cues = FeelingsCues.Compute(client, coach), Label = label };

    public static FeelingsInput Create(string client, FeelingsCues.Client analysed, string coach) =>
        new() { Client = client, Coach = coach, Cues = FeelingsCues.Compute(analysed, coach) };
}

/// <summary>The model's output row.</summary>
internal sealed class FeelingsPrediction
{
    public float Probability { get; set; }
}
