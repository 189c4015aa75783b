using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TrustSafety.Configuration;
using TrustSafety.Markers;
using TrustSafety.Reading;
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
          trustsafety analyze sessions/ --format json --out reports/
          trustsafety analyze 'exports/**/*.vtt' --format html --out reports/
          trustsafety analyze session.txt --coach Dana --client Sam
          trustsafety analyze session.txt --config trustsafety.json
          trustsafety analyze session.txt --detectors ./Acme.Detectors.dll

        Roles: without --coach or --client, speakers literally named Coach and Client (or roles given in a
        JSON transcript) are used; otherwise the coach is guessed (diagnostic TS0003).
        """;

    private readonly Argument<string[]> _inputs = new("inputs")
    {
        Description = "Transcripts: files, folders (every .txt .vtt .srt .json inside, recursively) or globs such as 'sessions/**/*.vtt'. "
            + "Plain text, WebVTT, SRT, an Otter export, speech-to-text JSON (AssemblyAI, Deepgram, WhisperX, OpenAI, AWS Transcribe) or TrustSafety JSON; the format is detected from the content.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> _out = new("--out", "-o")
    {
        HelpName = "FILE|DIR",
        Description = "Write the report to this file instead of standard output; with several transcripts, a folder that gets one report per session (mirroring the inputs' relative paths) and summary.csv and summary.txt.",
    };


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
    }.AcceptOnlyFromAmong(ReportFormats.All);

    private readonly Option<string> _colour = new Option<string>("--colour", "--color")
    {
        Description = "Colour the text report on standard output: 'auto' when it is a terminal (and NO_COLOR is not set), 'always' or 'never'. Reports written with --out are never coloured.",
        DefaultValueFactory = _ => "auto",
    }.AcceptOnlyFromAmong("auto", "always", "never");

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

    private readonly Option<string?> _inputFormat = new("--input-format")
    {
        Description = $"The transcript's format, in any case: {string.Join(", ", TranscriptLoader.Default.FormatNames)}; detected from the content when omitted.",
        HelpName = "format",
        CustomParser = result => result.Tokens.Count == 0 ? null : result.Tokens[0].Value.ToLowerInvariant(),
    };

    private AnalyzeCommand()
    {
        _inputFormat.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } name && !TranscriptLoader.Default.FormatNames.Contains(name, StringComparer.Ordinal))
            {
                result.AddError($"--input-format: '{name}' is not a transcript format; allowed: {string.Join(", ", TranscriptLoader.Default.FormatNames)}.");
            }
        });

        // System.CommandLine takes an unknown option in front of the file for the file itself; say what it is.
        _inputs.Validators.Add(result =>
        {
            foreach (var value in result.Tokens.Select(t => t.Value).Where(v => v is { Length: > 1 } && v[0] == '-'))
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
            analyze._inputs,
            analyze._format,
            analyze._colour,
            analyze._coach,
            analyze._client,
            analyze._config,
            analyze._detectors,
            analyze._inputFormat,
            analyze._failOn,
            analyze._redact,
            analyze._out,
        };
        command.SetGuardedAction(analyze.RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var inputs = InputFiles.Expand(parseResult.GetRequiredValue(_inputs));
        var roles = new RoleAssignmentOptions();
        roles.Coaches.AddRange(parseResult.GetValue(_coach) ?? []);
        roles.Clients.AddRange(parseResult.GetValue(_client) ?? []);
        var format = parseResult.GetValue(_format) ?? ReportFormats.Text;
        var outPath = parseResult.GetValue(_out);
        var failOn = parseResult.GetValue(_failOn) is { } name && SeverityNames.TryParse(name, out var severity) ? severity : (Severity?)null;

        await using var services = ServiceSetup.Build(parseResult.GetValue(_config), parseResult.GetValue(_detectors) ?? []);
        var session = new SessionAnalysis(services, parseResult.GetValue(_inputFormat), roles, parseResult.GetValue(_redact), format);
        if (inputs.Count == 1 && (outPath is null || !Directory.Exists(outPath) && Path.HasExtension(outPath)))
        {
            var output = parseResult.InvocationConfiguration.Output;
            var colour = outPath is null && UseColour(parseResult.GetValue(_colour), output);
            var (result, report) = await session.RunAsync(inputs[0].FullPath, cancellationToken, colour).ConfigureAwait(false);
            if (outPath is null)
            {
                await output.WriteAsync(report).ConfigureAwait(false);
            }
            else
            {
                await File.WriteAllTextAsync(outPath, report, cancellationToken).ConfigureAwait(false);
            }

            return failOn is { } threshold && result.ReportedMarkers.Any(m => m.Severity >= threshold) ? ExitCodes.FindingsAtFailOn : ExitCodes.Success;
        }

        if (outPath is null)
        {
            throw new CliInputException($"{inputs.Count} transcripts were given; name a folder for their reports with --out DIR.");
        }

        var batch = new BatchAnalysis(session, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
        return await batch.RunAsync(inputs, outPath, failOn, services.GetRequiredService<IOptions<TrustSafetyOptions>>().Value.MaxDegreeOfParallelism, cancellationToken).ConfigureAwait(false);
    }

    // Colour only where a person reads the report: the console, not redirected, without NO_COLOR (no-color.org) or TERM=dumb.
    private static bool UseColour(string? setting, TextWriter output) => setting switch
    {
        "always" => true,
        "never" => false,
        _ => ReferenceEquals(output, Console.Out)
            && !Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            && Environment.GetEnvironmentVariable("TERM") != "dumb",
    };
}
