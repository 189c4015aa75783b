using System.Collections.Concurrent;
using System.Text.Json;
using TrustSafety.Markers.Feelings.Classifier;

namespace TrustSafety.Markers.Tests.Feelings;

public class FeelingsClassifierTests
{
    // Cross-validation is deterministic (fixed seed, one thread, folds by a stable hash), so a retrain on the
    // same machine reproduces the figures exactly; the tolerance allows for floating-point differences
    // between processors and runtimes (docs/model-card.md).
    private const double Tolerance = 0.005;

    private static readonly string TrainingFolder = Path.Combine(AppContext.BaseDirectory, "Training", "feelings");

    private static readonly (string Client, string Coach)[] Exchanges =
    [
        ("I've been dreading this meeting all week.", "A whole week of dread. That's a lot to carry in."),
        ("Can we do Thursday instead?", "Thursday works. How do you feel about 10am?"),
        ("My dad never thought I'd amount to much.", "And some of that still sits with you."),
        ("I finished the draft.", "Great. What's next on the list?"),
        ("I'm not sure I belong on this team.", "You're wondering whether you really fit there."),
        ("We moved house last month.", "I feel we should start wrapping up now."),
    ];

    [Fact]
    public void Retraining_from_the_corpus_reproduces_the_shipped_cross_validation_metrics()
    {
        var examples = FeelingsTrainingData.ReadFolder(TrainingFolder);
        using var shipped = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Training", "feelings-model.metrics.json")));
        var expected = shipped.RootElement;

        var metrics = FeelingsClassifierTrainer.CrossValidate(examples, expected.GetProperty("folds").GetInt32()).Metrics;

        examples.Length.Should().Be(expected.GetProperty("examples").GetInt32(), "the shipped metrics were measured on the committed corpus");
        metrics.Precision.Should().BeApproximately(expected.GetProperty("precision").GetDouble(), Tolerance);
        metrics.Recall.Should().BeApproximately(expected.GetProperty("recall").GetDouble(), Tolerance);
        metrics.F1.Should().BeApproximately(expected.GetProperty("f1").GetDouble(), Tolerance);
        metrics.Auc.Should().BeApproximately(expected.GetProperty("auc").GetDouble(), Tolerance);
    }

    [Fact]
    public void Scoring_from_many_threads_gives_the_sequential_results()
    {
        var classifier = FeelingsClassifier.BuiltIn;
        var work = Enumerable.Range(0, 400).Select(i => Exchanges[i % Exchanges.Length]).ToArray();
        var sequential = work.Select(e => classifier.Score(e.Client, e.Coach)).ToArray();

        var parallel = new ConcurrentDictionary<int, double>();
        Parallel.For(0, work.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = classifier.Score(work[i].Client, work[i].Coach));
        var batched = classifier.Score(work);

        Enumerable.Range(0, work.Length).Select(i => parallel[i]).Should().Equal(sequential);
        batched.Should().Equal(sequential, (a, b) => Math.Abs(a - b) < 1e-6);
        sequential.Should().OnlyContain(p => p >= 0 && p <= 1);
    }

    [Fact]
    public void Scoring_a_turn_and_its_sentences_against_one_client_turn_gives_the_single_scores()
    {
        var classifier = FeelingsClassifier.BuiltIn;
        const string client = "My mum's in hospital and I haven't slept properly in a week.";
        string[] answers = ["That's a lot to hold. What would help tonight?", "That's a lot to hold.", "What would help tonight?"];

        var together = classifier.ScoreAnswers(client, answers);

        together.Should().Equal(answers.Select(a => classifier.Score(client, a)), (x, y) => Math.Abs(x - y) < 1e-9);
    }

    [Fact]
    public void The_built_in_model_ranks_acknowledgements_above_logistics_and_own_feelings()
    {
        var classifier = FeelingsClassifier.BuiltIn;
        var scores = Exchanges.Select(e => classifier.Score(e.Client, e.Coach)).ToArray();

        new[] { scores[0], scores[2], scores[4] }.Min().Should().BeGreaterThan(new[] { scores[1], scores[3], scores[5] }.Max());
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_rejected_with_its_name()
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-a-model-{Guid.NewGuid():N}.zip");
        File.WriteAllText(path, "hello");
        try
        {
            var load = () => FeelingsClassifier.Load(path);

            load.Should().Throw<InvalidDataException>().WithMessage($"*{path}*not a TrustSafety feelings model*");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_configured_model_file_that_is_missing_or_not_a_model_fails_validation_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-a-model-{Guid.NewGuid():N}.zip");
        File.WriteAllText(path, "hello");
        try
        {
            static IEnumerable<string> Problems(string modelPath)
            {
                var options = new TrustSafety.Markers.Feelings.FeelingsAcknowledgementOptions { ModelPath = modelPath };
                var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
                System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true);
                return results.Select(r => r.ErrorMessage!);
            }

            Problems(path).Should().ContainSingle().Which.Should().Contain(path).And.Contain("not a TrustSafety feelings model");
            Problems(path + ".missing").Should().ContainSingle().Which.Should().Contain("does not exist");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("{\"id\":\"a\",\"client\":\"x\",\"coach\":\"y\",\"label\":2,\"kind\":\"k\"}", "*(1): 'label' must be 0 or 1.")]
    [InlineData("{\"id\":\"a\",\"client\":\"\",\"coach\":\"y\",\"label\":1,\"kind\":\"k\"}", "*(1): 'client' must be a non-empty string.")]
    [InlineData("{\"id\":\"a\",\"client\":\"x\" \"coach\":\"y\"}", "*(1,*): not a JSON object*")]
    public void A_malformed_training_line_is_an_error_naming_the_file_and_line(string line, string message)
    {
        var path = Path.Combine(Path.GetTempPath(), $"training-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, line + "\n");
        try
        {
            var read = () => FeelingsTrainingData.ReadFile(path);

            read.Should().Throw<FormatException>().WithMessage(path + message.TrimStart('*'));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Cross_validation_metrics_count_and_rank_correctly()
    {
        var metrics = FeelingsClassifierMetrics.Compute([(true, 0.9), (true, 0.4), (false, 0.6), (false, 0.1)], 0.5);

        (metrics.Precision, metrics.Recall, metrics.F1, metrics.Accuracy).Should().Be((0.5, 0.5, 0.5, 0.5));
        metrics.Auc.Should().Be(0.75, "three of the four positive-negative pairs are ordered correctly");
        metrics.Calibration.Should().HaveCount(10);
        metrics.Calibration[9].Count.Should().Be(1);
        metrics.Calibration[9].PositiveRate.Should().Be(1);
    }
}
