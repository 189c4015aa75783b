using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace TrustSafety.Markers.Feelings.Classifier;

/// <summary>
/// The TS4501 model: word 1–2-grams and character 2–4-grams of the coach turn, word unigrams of the
/// client turn it answers, and the cues of <see cref="FeelingsCues"/>, into an L2-regularised logistic
/// regression (L-BFGS, one thread), whose output is a calibrated probability.
/// </summary>
internal static class FeelingsPipeline
{
    /// <summary>The seed of every random choice in training.</summary>
    public const int Seed = 20261127;

    public static IEstimator<ITransformer> Create(MLContext context)
    {
        var coach = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepPunctuations = false,
            KeepDiacritics = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var client = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepPunctuations = false,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1, UseAllLengths = true },
            CharFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var trainer = new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(FeelingsInput.Label),
            FeatureColumnName = "Features",
            L2Regularization = 0.1f,
            L1Regularization = 0f,
            OptimizationTolerance = 1e-7f,
            HistorySize = 50,
            NumberOfThreads = 1,
        };

        return context.Transforms.Text.FeaturizeText("CoachFeatures", coach, nameof(FeelingsInput.Coach))
            .Append(context.Transforms.Text.FeaturizeText("ClientFeatures", client, nameof(FeelingsInput.Client)))
            .Append(context.Transforms.Concatenate("Features", "CoachFeatures", "ClientFeatures", nameof(FeelingsInput.Cues)))
            .Append(context.BinaryClassification.Trainers.LbfgsLogisticRegression(trainer));
    }
}
