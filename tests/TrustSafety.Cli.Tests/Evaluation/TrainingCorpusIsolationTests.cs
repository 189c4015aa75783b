using System.Text.RegularExpressions;
using TrustSafety.Markers.Feelings.Classifier;

namespace TrustSafety.Cli.Tests.Evaluation;

/// <summary>
/// The TS4501 training corpus (seeds/training/feelings) must not borrow from the evaluation corpus the model
/// is measured on (docs/feelings-labelling.md): no run of <see cref="Run"/> words of a training turn may
/// occur in an evaluation transcript. Stock coaching questions share up to ten words ("what would you like
/// to get out of our time"), so shorter runs are allowed.
/// </summary>
public partial class TrainingCorpusIsolationTests
{
    private const int Run = 12;

    [Fact]
    public void No_training_turn_shares_a_run_of_twelve_words_with_an_evaluation_transcript()
    {
        var evaluation = new HashSet<string>(StringComparer.Ordinal);
        foreach (var split in new[] { "tuning", "heldback" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus", split)).Where(f => !f.EndsWith(".gold.json", StringComparison.Ordinal)))
            {
                evaluation.UnionWith(Runs(File.ReadAllText(file)));
            }
        }

        var examples = FeelingsTrainingData.ReadFolder(Path.Combine(AppContext.BaseDirectory, "Training", "feelings"));
        var shared = examples
            .SelectMany(e => new[] { (e.Id, Side: "client", Text: e.Client), (e.Id, Side: "coach", Text: e.Coach) })
            .Select(t => (t.Id, t.Side, Run: Runs(t.Text).FirstOrDefault(evaluation.Contains)))
            .Where(t => t.Run is not null)
            .Select(t => $"{t.Id} ({t.Side}): \"{t.Run}\"")
            .ToList();

        evaluation.Should().HaveCountGreaterThan(10_000, "the evaluation transcripts were read");
        examples.Should().HaveCountGreaterThan(3_000);
        shared.Should().BeEmpty("training text must be written independently of the evaluation corpus");
    }

    private static IEnumerable<string> Runs(string text)
    {
        var words = WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        for (var i = 0; i + Run <= words.Count; i++)
        {
            yield return string.Join(' ', words.Skip(i).Take(Run));
        }
    }

    [GeneratedRegex(@"[a-z0-9']+")]
    private static partial Regex WordPattern();
}
