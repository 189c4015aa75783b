using System.Security.Cryptography;
using System.Text.RegularExpressions;
using NJsonSchema;

namespace TrustSafety.Cli.Tests.Evaluation;

/// <summary>Runs `trustsafety eval` on the bundled evaluation corpus (seeds/eval), as docs/accuracy.md does.</summary>
public class CorpusEvaluationTests
{
    private static string Split(string name) => Path.Combine(AppContext.BaseDirectory, "Corpus", name);

    [Theory]
    [InlineData("tuning")]
    [InlineData("heldback")]
    public async Task Each_split_evaluates_and_its_JSON_validates_against_the_schema(string split)
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "eval.schema.json"));

        var run = await CliRun.RunAsync("eval", Split(split), "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        schema.Validate(run.Output).Should().BeEmpty();
        using var json = run.Json();
        json.RootElement.GetProperty("files").GetInt32().Should().BeGreaterThanOrEqualTo(6);
        json.RootElement.GetProperty("timedFiles").GetInt32().Should().BeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task The_corpus_has_at_least_16_sessions_and_900_coach_turns()
    {
        var files = 0;
        var coachTurns = 0;
        foreach (var split in new[] { "tuning", "heldback" })
        {
            var run = await CliRun.RunAsync("eval", Split(split), "--format", "json");
            using var json = run.Json();
            files += json.RootElement.GetProperty("files").GetInt32();
            coachTurns += json.RootElement.GetProperty("coachTurns").GetInt32();
        }

        files.Should().BeGreaterThanOrEqualTo(16);
        coachTurns.Should().BeGreaterThanOrEqualTo(900);
    }

    [Fact]
    public void The_held_back_files_match_the_hashes_recorded_in_the_guideline()
    {
        var guideline = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "evaluation.md"));
        var section = guideline[guideline.IndexOf("## Held-back hashes", StringComparison.Ordinal)..];
        var recorded = Regex.Matches(section, @"^\| `([^`]+)` \| `([0-9a-f]{64})` \|", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

        var actual = Directory.GetFiles(Split("heldback")).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))));

        recorded.Should().NotBeEmpty();
        actual.Should().BeEquivalentTo(recorded, "a held-back file changed (or was added or removed) since its hash was recorded");
    }
}
