using System.Globalization;
using System.Text.Json;
using TrustSafety.Markers.Feelings.Classifier;

// Retrains the TS4501 feelings-acknowledgement model and writes it with its cross-validation metrics.
// Usage: trustsafety-train [--data DIR] [--out DIR] [--folds N] [--cv-only]
// Defaults: --data seeds/training/feelings, --out src/TrustSafety.Markers/Feelings/Model (from the repository root).
var settings = new Dictionary<string, string>(StringComparer.Ordinal)
{
    ["--data"] = Path.Combine("seeds", "training", "feelings"),
    ["--out"] = Path.Combine("src", "TrustSafety.Markers", "Feelings", "Model"),
    ["--folds"] = "5",
};
var cvOnly = false;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--cv-only")
    {
        cvOnly = true;
    }
    else if (settings.ContainsKey(args[i]) && i + 1 < args.Length)
    {
        settings[args[i]] = args[++i];
    }
    else
    {
        Console.Error.WriteLine($"Unknown or incomplete argument '{args[i]}'. Usage: trustsafety-train [--data DIR] [--out DIR] [--folds N] [--cv-only]");
        return 2;
    }
}

if (!int.TryParse(settings["--folds"], CultureInfo.InvariantCulture, out var folds) || folds < 2)
{
    Console.Error.WriteLine($"--folds: '{settings["--folds"]}' is not a whole number of at least 2.");
    return 2;
}

System.Collections.Immutable.ImmutableArray<FeelingsExample> examples;
try
{
    examples = FeelingsTrainingData.ReadFolder(settings["--data"]);
}
catch (Exception e) when (e is FormatException or IOException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

Console.WriteLine($"{examples.Length} examples ({examples.Count(e => e.Label)} positive) from {settings["--data"]}");
var validation = FeelingsClassifierTrainer.CrossValidate(examples, folds);
var m = validation.Metrics;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{folds}-fold cross-validation at threshold {m.Threshold}: precision {m.Precision:F3}, recall {m.Recall:F3}, F1 {m.F1:F3}, accuracy {m.Accuracy:F3}, AUC {m.Auc:F3}"));
var byKind = validation.Predictions
    .GroupBy(p => p.Example.Kind, StringComparer.Ordinal)
    .OrderBy(g => g.Key, StringComparer.Ordinal)
    .Select(g => new
    {
        kind = g.Key,
        label = g.First().Example.Label ? 1 : 0,
        examples = g.Count(),
        correct = Math.Round((double)g.Count(p => (p.Probability >= m.Threshold) == p.Example.Label) / g.Count(), 4),
    })
    .ToList();
foreach (var kind in byKind)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind.kind,-18} label {kind.label}  {kind.examples,4} examples  {kind.correct:P1} correct"));
}

if (cvOnly)
{
    return 0;
}

Directory.CreateDirectory(settings["--out"]);
var modelPath = Path.Combine(settings["--out"], "feelings-model.zip");
using (var model = File.Create(modelPath))
{
    FeelingsClassifierTrainer.Train(examples, model);
}

var metricsPath = Path.Combine(settings["--out"], "feelings-model.metrics.json");
var report = new
{
    examples = examples.Length,
    positives = examples.Count(e => e.Label),
    folds,
    threshold = m.Threshold,
    precision = Math.Round(m.Precision, 4),
    recall = Math.Round(m.Recall, 4),
    f1 = Math.Round(m.F1, 4),
    accuracy = Math.Round(m.Accuracy, 4),
    auc = Math.Round(m.Auc, 4),
    calibration = m.Calibration.Select(b => new { from = b.From, to = Math.Round(b.To, 1), count = b.Count, meanProbability = Math.Round(b.MeanProbability, 4), positiveRate = Math.Round(b.PositiveRate, 4) }),
    byKind,
};
File.WriteAllText(metricsPath, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }) + "\n");
Console.WriteLine($"wrote {modelPath} and {metricsPath}");
return 0;
