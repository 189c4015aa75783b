using System.Collections.Immutable;
using Microsoft.ML;

namespace TrustSafety.Markers.Feelings.Classifier;

/// <summary>
/// Trains and cross-validates the TS4501 model from labelled exchanges. Deterministic: a fixed seed, one
/// thread, and folds chosen by a stable hash of the example IDs, so the same corpus gives the same model
/// and the same metrics on any machine.
/// </summary>
public static class FeelingsClassifierTrainer
{
    /// <summary>Trains a model on every example and writes it.</summary>
    /// <param name="examples">The labelled exchanges.</param>
    /// <param name="destination">Where the model file is written.</param>
    public static void Train(IReadOnlyList<FeelingsExample> examples, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(destination);
        var context = new MLContext(FeelingsPipeline.Seed);
        var data = Load(context, examples);
        var model = FeelingsPipeline.Create(context).Fit(data);
        context.Model.Save(model, data.Schema, destination);
    }

    /// <summary>
    /// Cross-validates: trains on all folds but one, scores the one left out, for each fold in turn, and
    /// scores the pooled out-of-fold probabilities. Folds are stratified by label.
    /// </summary>
    /// <param name="examples">The labelled exchanges.</param>
    /// <param name="folds">The number of folds (at least 2).</param>
    /// <param name="threshold">The decision threshold.</param>
    /// <returns>The metrics and each example's out-of-fold probability.</returns>
    public static FeelingsCrossValidation CrossValidate(IReadOnlyList<FeelingsExample> examples, int folds = 5, double threshold = FeelingsClassifier.DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var fold = AssignFolds(examples, folds);
        var probability = new double[examples.Count];
        for (var k = 0; k < folds; k++)
        {
            var context = new MLContext(FeelingsPipeline.Seed);
            var training = examples.Where((_, i) => fold[i] != k).ToList();
            var held = Enumerable.Range(0, examples.Count).Where(i => fold[i] == k).ToList();
            var model = FeelingsPipeline.Create(context).Fit(Load(context, training));
            var probabilities = FeelingsClassifier.FromModel(context, model).Score([.. held.Select(i => (examples[i].Client, examples[i].Coach))]);
            for (var j = 0; j < held.Count; j++)
            {
                probability[held[j]] = probabilities[j];
            }
        }

        var scored = examples.Select((e, i) => new ScoredExample(e, probability[i])).ToImmutableArray();
        return new FeelingsCrossValidation(FeelingsClassifierMetrics.Compute([.. scored.Select(s => (s.Example.Label, s.Probability))], threshold), scored);
    }

    private static IDataView Load(MLContext context, IEnumerable<FeelingsExample> examples) =>
        context.Data.LoadFromEnumerable(examples.Select(e => FeelingsInput.Create(e.Client, e.Coach, e.Label)).ToList());

    // Within each label, examples ordered by a stable hash of their ID are dealt to the folds in turn.
    private static int[] AssignFolds(IReadOnlyList<FeelingsExample> examples, int folds)
    {
        var fold = new int[examples.Count];
        foreach (var group in Enumerable.Range(0, examples.Count).GroupBy(i => examples[i].Label))
        {
            var n = 0;
            foreach (var i in group.OrderBy(i => StableHash(examples[i].Id)).ThenBy(i => examples[i].Id, StringComparer.Ordinal))
            {
                fold[i] = n++ % folds;
            }
        }

        return fold;
    }

    private static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}

/// <summary>The result of <see cref="FeelingsClassifierTrainer.CrossValidate"/>.</summary>
/// <param name="Metrics">The scores of the pooled out-of-fold probabilities.</param>
/// <param name="Predictions">Each example with the probability the model trained without its fold gave it, in input order.</param>
public sealed record FeelingsCrossValidation(FeelingsClassifierMetrics Metrics, ImmutableArray<ScoredExample> Predictions);

/// <summary>A labelled example and a probability a model gave it.</summary>
/// <param name="Example">The example.</param>
/// <param name="Probability">The probability that it is positive.</param>
public sealed record ScoredExample(FeelingsExample Example, double Probability);
