using NJsonSchema;

namespace TrustSafety.Cli.Tests.Evaluation;

public class EvalCommandTests
{
    private static TempDirectory Corpus()
    {
        var folder = new TempDirectory();
        folder.Write("a.txt", """
            Coach: What happened? Who was there? How did you respond?
            Client: It was a mess, honestly, the whole meeting went sideways and nobody would own it.
            Coach: That sounds hard.
            Client: Yes. I keep going over it at night and wondering what I should have said instead.
            Coach: Why? When? Where?
            """);
        folder.Write("a.gold.json", """
            {
              "transcript": "a.txt",
              "session": { "TS4001": false },
              "levels": { "behaviours": { "4.4": "clear" }, "pccMarkers": { "4.2": "limited" }, "overall": "contradicted" },
              "turns": [
                { "index": 0, "quote": "Who was there?", "markers": ["TS4003"] },
                { "index": 2, "quote": "That sounds hard", "markers": ["TS4401", "TS4604"] }
              ]
            }
            """);
        folder.Write("b.txt", "Coach: How are you today?\nClient: Fine, thanks, it has been a calm and steady week for once.\n");
        folder.Write("b.gold.json", """{ "transcript": "b.txt", "turns": [] }""");

        // TS4501 is judged by a trained model, so it is off; TS4604 is off to stand for a marker without a detector.
        folder.Write("trustsafety.json", """{ "TrustSafety": { "Markers": { "TS4501": { "Enabled": false }, "TS4604": { "Enabled": false } } } }""");
        return folder;
    }

    [Fact]
    public async Task Scores_are_computed_per_marker_with_micro_and_macro_averages()
    {
        using var corpus = Corpus();

        var run = await CliRun.RunAsync("eval", corpus.FullPath, "--config", Path.Combine(corpus.FullPath, "trustsafety.json"), "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = run.Json();
        var root = json.RootElement;
        root.GetProperty("files").GetInt32().Should().Be(2);
        root.GetProperty("coachTurns").GetInt32().Should().Be(4);
        var markers = root.GetProperty("markers").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!);
        var stacking = markers["TS4003"];
        (stacking.GetProperty("truePositives").GetInt32(), stacking.GetProperty("falsePositives").GetInt32(), stacking.GetProperty("falseNegatives").GetInt32()).Should().Be((1, 1, 0));
        stacking.GetProperty("f1").GetDouble().Should().BeApproximately(0.6667, 1e-4);
        markers["TS4604"].GetProperty("hasDetector").GetBoolean().Should().BeFalse();
        markers["TS4604"].GetProperty("falseNegatives").GetInt32().Should().Be(1);
        markers["TS4401"].GetProperty("truePositives").GetInt32().Should().Be(1);
        markers["TS4008"].GetProperty("f1").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "no gold and no predictions");
        root.GetProperty("micro").GetProperty("falseNegatives").GetInt32().Should().Be(0, "markers without a detector are left out of the averages");
        root.GetProperty("macro").GetProperty("markers").GetInt32().Should().Be(2);
        root.GetProperty("behaviours").EnumerateArray().Select(b => b.GetProperty("code").GetString()).Should().Equal("4.4", "competency");
        var session = root.GetProperty("session").EnumerateArray().Single();
        session.GetProperty("agreement").GetDouble().Should().Be(1);
        var levels = root.GetProperty("levels");
        levels.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("row").GetString(), r.GetProperty("judged").GetInt32()))
            .Should().Equal(("4.4", 1), ("PCC 4.2", 1), ("overall", 1));
        levels.GetProperty("pooled").EnumerateArray().Last().GetProperty("judged").GetInt32().Should().Be(3);
        var falsePositive = root.GetProperty("falsePositives").EnumerateArray().Single();
        falsePositive.GetProperty("turnIndex").GetInt32().Should().Be(4);
        falsePositive.GetProperty("quote").GetString().Should().Be("Why? When? Where?");
    }

    [Fact]
    public async Task The_JSON_report_validates_against_its_documented_schema()
    {
        using var corpus = Corpus();
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "eval.schema.json"));

        var run = await CliRun.RunAsync("eval", corpus.FullPath, "--config", Path.Combine(corpus.FullPath, "trustsafety.json"), "--format", "json");

        var errors = schema.Validate(run.Output);
        errors.Should().BeEmpty(string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task The_report_is_deterministic_and_text_and_markdown_show_the_tables()
    {
        using var corpus = Corpus();

        var first = await CliRun.RunAsync("eval", corpus.FullPath, "--config", Path.Combine(corpus.FullPath, "trustsafety.json"));
        var second = await CliRun.RunAsync("eval", corpus.FullPath, "--config", Path.Combine(corpus.FullPath, "trustsafety.json"));
        var markdown = await CliRun.RunAsync("eval", corpus.FullPath, "--config", Path.Combine(corpus.FullPath, "trustsafety.json"), "--format", "markdown");

        first.Output.Should().Be(second.Output);
        first.Output.Should().Contain("TS4003").And.Contain("not evaluated").And.Contain("\"Why? When? Where?\"");
        markdown.Output.Should().Contain("| marker | polarity | gold | TP | FP | FN | precision | recall | F1 | note |");
    }

    [Theory]
    [InlineData("""{ "transcript": "a.txt", "turns": [ { "index": 9, "quote": "x y z", "markers": ["TS4003"] } ] }""", "turn 9 does not exist")]
    [InlineData("""{ "transcript": "a.txt", "turns": [ { "index": 1, "quote": "It was a mess", "markers": ["TS4003"] } ] }""", "not the coach's")]
    [InlineData("""{ "transcript": "a.txt", "turns": [ { "index": 2, "quote": "Who was there?", "markers": ["TS4003"] } ] }""", "is not in turn 2")]
    [InlineData("""{ "transcript": "a.txt", "turns": [ { "index": 0, "quote": "Who was there?", "markers": ["TS9999"] } ] }""", "'TS9999' is neither a built-in marker ID")]
    [InlineData("""{ "transcript": "a.txt", "turns": [ { "index": 0, "quote": "Who was there?", "markers": ["TS4001"] } ] }""", "session-level marker")]
    [InlineData("""{ "transcript": "a.txt", "turns": [ { "index": 0, "quote": "Who was there?", "markers": [] } ] }""", "list at least one marker ID")]
    [InlineData("""{ "transcript": "a.txt", "turns": [ { "index": 0 "quote": "x" } ] }""", "a.gold.json(1,")]
    [InlineData("""{ "transcript": "a.txt", "levels": { "behaviours": { "4.9": "clear" } }, "turns": [] }""", "$.levels.behaviours.4.9: not a code")]
    [InlineData("""{ "transcript": "a.txt", "levels": { "overall": "great" }, "turns": [] }""", "$.levels.overall: expected one of notObserved, limited, clear, contradicted")]
    public async Task A_broken_annotation_is_an_error_naming_the_file_and_the_entry(string gold, string message)
    {
        using var corpus = Corpus();
        corpus.Write("a.gold.json", gold);

        var run = await CliRun.RunAsync("eval", corpus.FullPath);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("a.gold.json").And.Contain(message);
    }

    [Fact]
    public async Task A_folder_without_annotations_is_an_error()
    {
        using var empty = new TempDirectory();

        var run = await CliRun.RunAsync("eval", empty.FullPath);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("holds no gold annotation");
    }
}
