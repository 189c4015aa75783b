using System.Collections.Immutable;

namespace TrustSafety.Markers.Feelings.Classifier;

/// <summary>Scores of the feelings classifier on labelled examples it was not trained on.</summary>
/// <param name="Examples">The number of examples scored.</param>
/// <param name="Positives">How many of them are labelled positive.</param>
/// <param name="Threshold">The probability at or above which an example counts as predicted positive.</param>
/// <param name="Precision">True positives over predicted positives.</param>
/// <param name="Recall">True positives over labelled positives.</param>
/// <param name="F1">The harmonic mean of precision and recall.</param>
/// <param name="Accuracy">Correct predictions over examples.</param>
/// <param name="Auc">The area under the ROC curve (the probability that a random positive scores above a random negative).</param>
/// <param name="Calibration">Predicted probability against observed positive rate, in ten equal-width bins.</param>
public sealed record FeelingsClassifierMetrics(
    int Examples,
    int Positives,
    double Threshold,
    double Precision,
    double Recall,
    double F1,
    double Accuracy,
    double Auc,
    ImmutableArray<CalibrationBin> Calibration)
{
    /// <summary>Computes the metrics of scored examples.</summary>
    /// <param name="scored">Each example's label and predicted probability.</param>
    /// <param name="threshold">The decision threshold.</param>
    /// <returns>The metrics.</returns>
    public static FeelingsClassifierMetrics Compute(IReadOnlyList<(bool Label, double Probability)> scored, double threshold)
    {
        ArgumentNullException.ThrowIfNull(scored);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var (label, probability) in scored)
        {
            var predicted = probability >= threshold;
            if (predicted && label) tp++;
            else if (predicted) fp++;
            else if (label) fn++;
            else tn++;
        }

        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var accuracy = scored.Count == 0 ? 0 : (double)(tp + tn) / scored.Count;
        return new FeelingsClassifierMetrics(scored.Count, tp + fn, threshold, precision, recall, f1, accuracy, AreaUnderCurve(scored), Bins(scored));
    }

    // Mann–Whitney: the share of (positive, negative) pairs ordered correctly, ties counting half.
    private static double AreaUnderCurve(IReadOnlyList<(bool Label, double Probability)> scored)
    {
        var ranked = scored.OrderBy(s => s.Probability).ToList();
        double positiveRankSum = 0;
        var positives = 0;
        for (var i = 0; i < ranked.Count;)
        {
            var j = i;
            while (j < ranked.Count && ranked[j].Probability == ranked[i].Probability)
            {
                j++;
            }

            var averageRank = ((i + 1) + j) / 2.0;
            for (var k = i; k < j; k++)
            {
                if (ranked[k].Label)
                {
                    positiveRankSum += averageRank;
                    positives++;
                }
            }

            i = j;
        }

        var negatives = ranked.Count - positives;
        return positives == 0 || negatives == 0 ? 0 : (positiveRankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }

    private static ImmutableArray<CalibrationBin> Bins(IReadOnlyList<(bool Label, double Probability)> scored) =>
    [
        .. Enumerable.Range(0, 10).Select(bin =>
        {
            var from = bin / 10.0;
            var inBin = scored.Where(s => Math.Min(9, (int)(s.Probability * 10)) == bin).ToList();
            return new CalibrationBin(
                from,
                from + 0.1,
                inBin.Count,
                inBin.Count == 0 ? 0 : inBin.Average(s => s.Probability),
                inBin.Count == 0 ? 0 : (double)inBin.Count(s => s.Label) / inBin.Count);
        }),
    ];
}

/// <summary>One bin of a calibration table.</summary>
/// <param name="From">The bin's lowest probability.</param>
/// <param name="To">The bin's upper bound (exclusive, except for the last bin).</param>
/// <param name="Count">The number of examples whose probability falls in the bin.</param>
/// <param name="MeanProbability">Their mean predicted probability.</param>
/// <param name="PositiveRate">The share of them labelled positive.</param>
public sealed record CalibrationBin(double From, double To, int Count, double MeanProbability, double PositiveRate);
