using Microsoft.Extensions.DependencyInjection;
using TrustSafety.Analysis;
using TrustSafety.Reading;
using TrustSafety.Redaction;
using TrustSafety.Transcripts;

namespace TrustSafety.Cli;

/// <summary>Loads, optionally redacts, analyses and renders one transcript, as <c>analyze</c> does for each input.</summary>
internal sealed class SessionAnalysis(IServiceProvider services, string? inputFormat, RoleAssignmentOptions roles, bool redact, string format)
{
    private readonly TranscriptLoader _loader = services.GetRequiredService<TranscriptLoader>();
    private readonly TranscriptAnalyzer _analyzer = services.GetRequiredService<TranscriptAnalyzer>();

    public string Format => format;

    public async Task<(AnalysisResult Result, string Report)> RunAsync(string path, CancellationToken cancellationToken, bool colour = false)
    {
        Transcript transcript;
        try
        {
            transcript = _loader.LoadFile(path, inputFormat, roles, cancellationToken);
        }
        catch (RoleAssignmentException e)
        {
            // RoleAssigner: a --coach or --client name matches no speaker, or names one speaker twice.
            throw new CliInputException($"{path}: {e.Message}", e);
        }

        if (redact)
        {
            transcript = TranscriptRedactor.Redact(transcript);
        }

        var result = await _analyzer.AnalyzeAsync(transcript, cancellationToken).ConfigureAwait(false);
        return (result, ReportFormats.Render(format, result, _analyzer.Markers, colour));
    }
}
