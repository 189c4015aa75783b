namespace TrustSafety.Cli.Evaluation;

/// <summary>
/// True positives, false positives and false negatives, with precision, recall and F1. A ratio whose
/// denominator is zero is undefined (<see langword="null"/>): precision with no predictions, recall with
/// no gold positives, F1 when both precision and recall are undefined or zero-sum.
/// </summary>
/// <param name="TruePositives">Predicted and in the gold annotation.</param>
/// <param name="FalsePositives">Predicted but not in the gold annotation.</param>
/// <param name="FalseNegatives">In the gold annotation but not predicted.</param>
internal readonly record struct Confusion(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Gets the number of gold positives.</summary>
    public int Gold => TruePositives + FalseNegatives;

    /// <summary>Gets the number of predictions.</summary>
    public int Predicted => TruePositives + FalsePositives;

    /// <summary>Gets TP / (TP + FP), or null without predictions.</summary>
    public double? Precision => Predicted == 0 ? null : (double)TruePositives / Predicted;

    /// <summary>Gets TP / (TP + FN), or null without gold positives.</summary>
    public double? Recall => Gold == 0 ? null : (double)TruePositives / Gold;

    /// <summary>Gets 2TP / (2TP + FP + FN), or null when there is nothing to score (no gold, no predictions).</summary>
    public double? F1 => Gold + Predicted == 0 ? null : 2.0 * TruePositives / (Gold + Predicted);

    /// <summary>Adds two counts.</summary>
    public static Confusion operator +(Confusion a, Confusion b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    /// <summary>Counts the agreement of two sets of units.</summary>
    public static Confusion Of<T>(IReadOnlySet<T> gold, IReadOnlySet<T> predicted)
    {
        var tp = predicted.Count(gold.Contains);
        return new Confusion(tp, predicted.Count - tp, gold.Count - tp);
    }
}
