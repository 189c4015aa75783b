using TrustSafety.Configuration;
using TrustSafety.Text;
using TrustSafety.Transcripts;
using TrustSafety.Markers;

namespace TrustSafety.Analysis;

/// <summary>
/// What every action receives: the transcript, its shared text analysis, the options, a cancellation
/// token (honour it: a detector past its time budget is cancelled, then abandoned) and
/// <see cref="Report"/>.
/// </summary>
public abstract class AnalysisActionContext
{
    private readonly DetectorRun _run;

    private protected AnalysisActionContext(DetectorRun run)
    {
        _run = run;
    }

    /// <summary>Gets the transcript being analysed.</summary>
    public Transcript Transcript => _run.Transcript;

    /// <summary>Gets the shared text analysis of the transcript (tokens, sentences, questions).</summary>
    public TextAnalysis TextAnalysis => _run.Transcript.TextAnalysis;

    /// <summary>Gets the analyzer's options (read only).</summary>
    public TrustSafetyOptions Options => _run.Options;

    /// <summary>Gets the token that is cancelled when the caller cancels or the detector's time budget runs out.</summary>
    public CancellationToken CancellationToken => _run.CancellationToken;

    /// <summary>Reports a marker. Its descriptor must be one of the detector's <see cref="IMarkerDetector.SupportedMarkers"/>.</summary>
    /// <param name="marker">The marker.</param>
    /// <exception cref="ArgumentException">The marker's ID was not declared, or its location is not in the transcript.</exception>
    public void Report(Marker marker) => _run.Report(marker);
}

/// <summary>The context of a turn action.</summary>
public sealed class TurnAnalysisContext : AnalysisActionContext
{
    internal TurnAnalysisContext(DetectorRun run, Turn turn)
        : base(run)
    {
        Turn = turn;
    }

    /// <summary>Gets the turn.</summary>
    public Turn Turn { get; }

    /// <summary>Gets the shared analysis of the turn's text.</summary>
    public TurnText TurnText => TextAnalysis[Turn.Index];
}

/// <summary>The context of an exchange action.</summary>
public sealed class ExchangeAnalysisContext : AnalysisActionContext
{
    internal ExchangeAnalysisContext(DetectorRun run, Exchange exchange)
        : base(run)
    {
        Exchange = exchange;
    }

    /// <summary>Gets the exchange.</summary>
    public Exchange Exchange { get; }

    /// <summary>Gets the shared analysis of the client turn's text.</summary>
    public TurnText ClientText => TextAnalysis[Exchange.ClientTurn.Index];

    /// <summary>Gets the shared analysis of the coach turn's text.</summary>
    public TurnText CoachText => TextAnalysis[Exchange.CoachTurn.Index];
}

/// <summary>The context of a transcript action.</summary>
public sealed class TranscriptAnalysisContext : AnalysisActionContext
{
    private readonly DetectorRun _run;

    internal TranscriptAnalysisContext(DetectorRun run)
        : base(run)
    {
        _run = run;
    }

    /// <summary>Reports a session figure; its name must be one of the detector's <see cref="IMarkerDetector.SupportedFigures"/>.</summary>
    /// <param name="name">The figure's name.</param>
    /// <param name="value">Its value, or <see langword="null"/> when it cannot be measured.</param>
    /// <exception cref="ArgumentException">The name was not declared, or the value is not a finite number.</exception>
    public void ReportFigure(string name, double? value) => _run.ReportFigure(name, value);
}
