using System.Collections.Immutable;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;

namespace TrustSafety.Markers.Feelings.Classifier;

/// <summary>
/// The trained TS4501 model: the probability that a coach turn acknowledges a feeling, perception,
/// concern or belief of the client turn it answers. Thread-safe: the transformer is shared, single
/// predictions borrow a pooled prediction engine, and batches go through the transformer at once.
/// Everything runs in the process; no text leaves it.
/// </summary>
public sealed class FeelingsClassifier
{
    /// <summary>The default decision threshold on the probability (docs/model-card.md).</summary>
    public const double DefaultThreshold = 0.9;

    private const string BuiltInResource = "TrustSafety.Markers.Feelings.feelings-model.zip";

    private static readonly Lazy<FeelingsClassifier> BuiltInModel = new(
        () =>
        {
            using var stream = typeof(FeelingsClassifier).Assembly.GetManifestResourceStream(BuiltInResource)
                ?? throw new InvalidOperationException($"The model resource '{BuiltInResource}' is missing from TrustSafety.Markers.");
            return Load(stream, "the built-in model");
        },
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ITransformer _model;
    private readonly ObjectPool<PredictionEngine<FeelingsInput, FeelingsPrediction>> _engines;

    private FeelingsClassifier(MLContext context, ITransformer model)
    {
        _model = model;
        _engines = new DefaultObjectPool<PredictionEngine<FeelingsInput, FeelingsPrediction>>(new EnginePolicy(context, model), Environment.ProcessorCount * 2);
    }

    /// <summary>Gets the model shipped inside TrustSafety.Markers, loaded on first use and shared.</summary>
    public static FeelingsClassifier BuiltIn => BuiltInModel.Value;

    /// <summary>Loads a model written by <see cref="FeelingsClassifierTrainer.Train"/>.</summary>
    /// <param name="path">The model file.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="InvalidDataException">The file is not such a model (the message names the file).</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static FeelingsClassifier Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>Loads a model from a stream.</summary>
    /// <param name="model">The model's bytes.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="InvalidDataException">The stream does not hold such a model.</exception>
    public static FeelingsClassifier Load(Stream model) => Load(model, "the model stream");

    /// <summary>Scores one exchange.</summary>
    /// <param name="client">The client turn.</param>
    /// <param name="coach">The coach turn answering it.</param>
    /// <returns>The probability that the coach turn acknowledges the client's feeling, concern or belief.</returns>
    public double Score(string client, string coach)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(coach);
        var engine = _engines.Get();
        try
        {
            return engine.Predict(FeelingsInput.Create(client, coach)).Probability;
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    /// <summary>
    /// Scores several coach texts (a turn and its sentences) answering one client turn, analysing the
    /// client turn once; the same probabilities as <see cref="Score(string, string)"/> for each.
    /// </summary>
    internal ImmutableArray<double> ScoreAnswers(string client, IReadOnlyList<string> coachTexts)
    {
        var analysed = FeelingsCues.Client.Of(client);
        var engine = _engines.Get();
        try
        {
            return [.. coachTexts.Select(coach => (double)engine.Predict(FeelingsInput.Create(client, analysed, coach)).Probability)];
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    /// <summary>Scores many exchanges in one pass through the model.</summary>
    /// <param name="exchanges">The (client, coach) pairs.</param>
    /// <returns>Their probabilities, in order.</returns>
    public ImmutableArray<double> Score(IReadOnlyList<(string Client, string Coach)> exchanges)
    {
        ArgumentNullException.ThrowIfNull(exchanges);
        if (exchanges.Count == 0)
        {
            return [];
        }

        // A context per batch: the shared transformer is thread-safe, a context's data catalog is not promised to be.
        var context = new MLContext(FeelingsPipeline.Seed);
        var data = context.Data.LoadFromEnumerable(exchanges.Select(e => FeelingsInput.Create(e.Client, e.Coach)).ToList());
        return [.. context.Data.CreateEnumerable<FeelingsPrediction>(_model.Transform(data), reuseRowObject: false).Select(p => (double)p.Probability)];
    }

    internal static FeelingsClassifier FromModel(MLContext context, ITransformer model) => new(context, model);

    private static FeelingsClassifier Load(Stream stream, string source)
    {
        var context = new MLContext(FeelingsPipeline.Seed);
        ITransformer model;
        try
        {
            model = context.Model.Load(stream, out _);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidDataException($"{source} is not a TrustSafety feelings model: {e.Message}", e);
        }

        var classifier = new FeelingsClassifier(context, model);
        try
        {
            classifier.Score("I'm worried.", "You're worried.");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidDataException($"{source} is an ML.NET model, but not one with the feelings model's columns: {e.Message}", e);
        }

        return classifier;
    }

    private sealed class EnginePolicy(MLContext context, ITransformer model) : PooledObjectPolicy<PredictionEngine<FeelingsInput, FeelingsPrediction>>
    {
        public override PredictionEngine<FeelingsInput, FeelingsPrediction> Create() =>
            context.Model.CreatePredictionEngine<FeelingsInput, FeelingsPrediction>(model);

        public override bool Return(PredictionEngine<FeelingsInput, FeelingsPrediction> obj) => true;
    }
}
