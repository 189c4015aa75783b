using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TrustSafety.Analysis;
using TrustSafety.Cli.Evaluation;
using TrustSafety.Reading;

namespace TrustSafety.Cli;

/// <summary>
/// <c>trustsafety eval GOLD-DIR</c>: runs the analysis on every gold-annotated transcript under a folder
/// and reports precision, recall and F1 per marker, behaviour and PCC marker, session-level agreement and
/// the worst false positives and negatives (docs/evaluation.md).
/// </summary>
internal sealed class EvalCommand
{
    /// <summary>The examples shown after the command's help.</summary>
    public const string HelpFooter = """
        Examples:
          trustsafety eval seeds/eval/tuning
          trustsafety eval seeds/eval/heldback --format markdown
          trustsafety eval seeds/eval/tuning --format json > tuning.json
        """;

    private const string Markdown = "markdown";

    private readonly Argument<string> _folder = new("gold-dir")
    {
        Description = "A folder whose *.gold.json annotations (searched recursively) each name a transcript beside them.",
    };

    private readonly Option<string> _format = new Option<string>("--format", "-f")
    {
        Description = "How to write the report: 'text', 'markdown' or 'json' (docs/eval.schema.json).",
        DefaultValueFactory = _ => CommonOptions.Text,
    }.AcceptOnlyFromAmong(CommonOptions.Text, Markdown, CommonOptions.Json);

    private readonly Option<string?> _config = CommonOptions.Config();

    private readonly Option<string[]> _detectors = CommonOptions.Detectors();

    private EvalCommand()
    {
    }

    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var eval = new EvalCommand();
        var command = new Command("eval", "Measure the analysis against gold-annotated transcripts: precision, recall and F1 per marker, behaviour and PCC marker.")
        {
            eval._folder,
            eval._format,
            eval._config,
            eval._detectors,
        };
        command.SetGuardedAction(eval.RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        await using var services = ServiceSetup.Build(parseResult.GetValue(_config), parseResult.GetValue(_detectors) ?? []);
        var evaluator = new Evaluator(services.GetRequiredService<TranscriptLoader>(), services.GetRequiredService<TranscriptAnalyzer>());
        var report = await evaluator.EvaluateAsync(parseResult.GetRequiredValue(_folder), cancellationToken).ConfigureAwait(false);
        var text = parseResult.GetValue(_format) switch
        {
            CommonOptions.Json => EvaluationWriter.ToJson(report),
            Markdown => EvaluationWriter.ToMarkdown(report),
            _ => EvaluationWriter.ToText(report),
        };
        await parseResult.InvocationConfiguration.Output.WriteAsync(text).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
