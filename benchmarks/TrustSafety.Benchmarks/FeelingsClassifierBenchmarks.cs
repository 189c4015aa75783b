using BenchmarkDotNet.Attributes;
using TrustSafety.Markers.Feelings.Classifier;

namespace TrustSafety.Benchmarks;

/// <summary>
/// Scoring throughput of the TS4501 feelings model on 64 exchanges of the training corpus: one at a time
/// (pooled prediction engines), as one batch, and one at a time from 4 threads. The model is loaded in
/// setup. Run: dotnet run -c Release --project benchmarks/TrustSafety.Benchmarks -- --filter '*Feelings*'
/// </summary>
[MemoryDiagnoser]
public class FeelingsClassifierBenchmarks
{
    private const int Exchanges = 64;

    private FeelingsClassifier _classifier = null!;
    private (string Client, string Coach)[] _exchanges = [];

    /// <summary>Loads the built-in model and the first exchanges of the corpus.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _classifier = FeelingsClassifier.BuiltIn;
        _exchanges = [.. FeelingsTrainingData.ReadFolder(Path.Combine(AppContext.BaseDirectory, "Seeds", "feelings")).Take(Exchanges).Select(e => (e.Client, e.Coach))];
        _classifier.Score(_exchanges[0].Client, _exchanges[0].Coach);
    }

    /// <summary>64 exchanges, one prediction at a time on one thread.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Exchanges)]
    public double Single()
    {
        var sum = 0.0;
        foreach (var (client, coach) in _exchanges)
        {
            sum += _classifier.Score(client, coach);
        }

        return sum;
    }

    /// <summary>64 exchanges in one pass through the model.</summary>
    [Benchmark(OperationsPerInvoke = Exchanges)]
    public int Batched() => _classifier.Score(_exchanges).Length;

    /// <summary>64 exchanges, one prediction at a time, spread over 4 threads.</summary>
    [Benchmark(OperationsPerInvoke = Exchanges)]
    public void FourThreads() =>
        Parallel.ForEach(_exchanges, new ParallelOptions { MaxDegreeOfParallelism = 4 }, e => _classifier.Score(e.Client, e.Coach));
}
