using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TrustSafety.Analysis;
using TrustSafety.Reading;
using TrustSafety.Redaction;
using TrustSafety.Configuration;
using TrustSafety.Reporting.Html;
using TrustSafety.Reporting.Json;
using TrustSafety.Reporting.Markdown;
using TrustSafety.Reporting.Sarif;
using TrustSafety.Transcripts;

namespace TrustSafety.Cli;

/// <summary>
/// <c>trustsafety analyze FILE</c>: loads a transcript, analyses it with the built-in detectors (and any
/// from <c>--detectors</c>) and writes the report to standard output.
/// </summary>
internal sealed class AnalyzeCommand
{
    /// <summary>The examples and notes shown after the command's help.</summary>
    public const string HelpFooter = """
        Examples:
          trustsafety analyze session.txt
          trustsafety analyze session.txt --format json > report.json
          trustsafety analyze session.vtt --format sarif > session.sarif
          trustsafety analyze session.vtt --format markdown > feedback.md
          trustsafety analyze session.vtt --format html > session.html
          trustsafety analyze session.vtt --fail-on warning
          trustsafety analyze session.txt --coach Dana --client Sam
          trustsafety analyze session.txt --config trustsafety.json
          trustsafety analyze session.txt --detectors ./Acme.Detectors.dll

        Roles: without --coach or --client, speakers literally named Coach and Client (or roles given in a
        JSON transcript) are used; otherwise the coach is guessed (diagnostic TS0003).
        """;

    private readonly Argument<string> _file = new("file")
    {
        Description = "The transcript: plain text, WebVTT, SRT, an Otter export, speech-to-text JSON (AssemblyAI, Deepgram, WhisperX, OpenAI, AWS Transcribe) or TrustSafety JSON; the format is detected from the content.",
    };

    private const string Sarif = "sarif";
    private const string Markdown = "markdown";
    private const string Html = "html";

    private readonly Option<bool> _redact = new("--redact")
    {
        Description = "Replace the speakers' names (and each part of them in the text) with role labels, and e-mail addresses, phone numbers and URLs with placeholders, in every output format.",
    };

    private readonly Option<string?> _failOn = new Option<string?>("--fail-on")
    {
        Description = "Exit with code 1 when a reported marker has this severity or a higher one: info, warning or error (for CI gates).",
    }.AcceptOnlyFromAmong("info", "warning", "error");

    private readonly Option<string> _format = new Option<string>("--format", "-f")
    {
        Description = "How to write the report: 'text' for people, 'markdown' to paste into feedback, 'html' (one self-contained page with a timeline), 'json' for programs (docs/report-format.md), 'sarif' (SARIF 2.1.0) for code-scanning tools.",
        DefaultValueFactory = _ => CommonOptions.Text,
    }.AcceptOnlyFromAmong(CommonOptions.Text, Markdown, Html, CommonOptions.Json, Sarif);

    private readonly Option<string[]> _coach = new("--coach")
    {
        HelpName = "name",
        Description = "The coach's name or speaker label as it appears in the transcript. Repeat for co-coaching.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string[]> _client = new("--client")
    {
        HelpName = "name",
        Description = "A client's name or speaker label as it appears in the transcript. Repeat for team coaching.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> _config = CommonOptions.Config();

    private readonly Option<string[]> _detectors = CommonOptions.Detectors();

    private readonly Option<string?> _inputFormat = new Option<string?>("--input-format")
    {
        Description = "The transcript's format; detected from the content when omitted.",
    }.AcceptOnlyFromAmong([.. TranscriptLoader.Default.FormatNames]);

    private AnalyzeCommand()
    {
        // System.CommandLine takes an unknown option in front of the file for the file itself; say what it is.
        _file.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (value is { Length: > 1 } && value[0] == '-')
            {
                result.AddError($"Unrecognized option '{value}'. (A file whose name starts with '-' can be given as ./{value}.)");
            }
        });
    }

    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var analyze = new AnalyzeCommand();
        var command = new Command("analyze", "Analyse a coaching-session transcript for evidence of ICF Core Competency 4 and write a report.")
        {
            analyze._file,
            analyze._format,
            analyze._coach,
            analyze._client,
            analyze._config,
            analyze._detectors,
            analyze._inputFormat,
            analyze._failOn,
            analyze._redact,
        };
        command.SetGuardedAction(analyze.RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var path = parseResult.GetRequiredValue(_file);
        var roles = new RoleAssignmentOptions();
        roles.Coaches.AddRange(parseResult.GetValue(_coach) ?? []);
        roles.Clients.AddRange(parseResult.GetValue(_client) ?? []);

        await using var services = ServiceSetup.Build(parseResult.GetValue(_config), parseResult.GetValue(_detectors) ?? []);
        var transcript = Load(services.GetRequiredService<TranscriptLoader>(), path, parseResult.GetValue(_inputFormat), roles, cancellationToken);
        if (parseResult.GetValue(_redact))
        {
            transcript = TranscriptRedactor.Redact(transcript);
        }

        var result = await services.GetRequiredService<TranscriptAnalyzer>().AnalyzeAsync(transcript, cancellationToken).ConfigureAwait(false);

        var output = parseResult.InvocationConfiguration.Output;
        switch (parseResult.GetValue(_format))
        {
            case CommonOptions.Json:
                await output.WriteLineAsync(JsonReport.ToJson(result)).ConfigureAwait(false);
                break;
            case Markdown:
                await output.WriteAsync(MarkdownReport.ToMarkdown(result)).ConfigureAwait(false);
                break;
            case Html:
                await output.WriteAsync(HtmlReport.ToHtml(result)).ConfigureAwait(false);
                break;
            case Sarif:
                await output.WriteLineAsync(SarifReport.ToJson(result, services.GetRequiredService<TranscriptAnalyzer>().Markers)).ConfigureAwait(false);
                break;
            default:
                TextReportWriter.Write(result, output);
                break;
        }

        return parseResult.GetValue(_failOn) is { } failOn && SeverityNames.TryParse(failOn, out var threshold)
            && result.ReportedMarkers.Any(m => m.Severity >= threshold)
            ? ExitCodes.FindingsAtFailOn
            : ExitCodes.Success;
    }

    private static Transcript Load(TranscriptLoader loader, string path, string? format, RoleAssignmentOptions roles, CancellationToken cancellationToken)
    {
        try
        {
            return loader.LoadFile(path, format, roles, cancellationToken);
        }
        catch (RoleAssignmentException e)
        {
            // RoleAssigner: a --coach or --client name matches no speaker, or names one speaker twice.
            throw new CliInputException($"{path}: {e.Message}", e);
        }
    }
}
