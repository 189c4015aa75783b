using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TrustSafety.Analysis;

namespace TrustSafety.Cli;

/// <summary>
/// <c>trustsafety markers</c>: lists the marker catalogue (the built-in markers and those of any
/// <c>--detectors</c> assembly) with polarity, default severity, behaviours, PCC markers, title and help link.
/// </summary>
internal sealed class MarkersCommand
{
    /// <summary>The examples shown after the command's help.</summary>
    public const string HelpFooter = """
        Examples:
          trustsafety markers
          trustsafety markers --format json
          trustsafety markers --detectors ./Acme.Detectors.dll
        """;

    private readonly Option<string> _format = CommonOptions.Format("the catalogue");

    private readonly Option<string[]> _detectors = CommonOptions.Detectors();

    private MarkersCommand()
    {
    }

    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var markers = new MarkersCommand();
        var command = new Command("markers", "List the markers the analysis can report: ID, polarity, default severity, behaviours, PCC markers, title and help link.")
        {
            markers._format,
            markers._detectors,
        };
        command.SetGuardedAction(markers.RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        await using var services = ServiceSetup.Build(configPath: null, parseResult.GetValue(_detectors) ?? []);
        var descriptors = services.GetRequiredService<TranscriptAnalyzer>().Markers;
        var output = parseResult.InvocationConfiguration.Output;
        if (parseResult.GetValue(_format) == CommonOptions.Json)
        {
            await output.WriteLineAsync(MarkerCatalogWriter.ToJson(descriptors)).ConfigureAwait(false);
        }
        else
        {
            MarkerCatalogWriter.WriteText(descriptors, output);
        }

        return ExitCodes.Success;
    }
}
