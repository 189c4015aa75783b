using TrustSafety.Configuration;
using TrustSafety.Transcripts;

namespace TrustSafety.Analysis;

/// <summary>
/// Given to <see cref="IMarkerDetector.Initialize"/>: registers the actions the engine calls. Subscribe
/// to the smallest granularity you need.
/// </summary>
public abstract class MarkerAnalysisContext
{
    /// <summary>Gets the analyzer's options (read only).</summary>
    public abstract TrustSafetyOptions Options { get; }

    /// <summary>Registers an action called once for every turn whose speaker has one of the given roles.</summary>
    /// <param name="action">The action.</param>
    /// <param name="roles">The roles to call it for; all roles when empty.</param>
    public abstract void RegisterTurnAction(Action<TurnAnalysisContext> action, params SpeakerRole[] roles);

    /// <summary>
    /// Registers an action called once for every exchange: a client turn and the coach turn that
    /// immediately answers it.
    /// </summary>
    /// <param name="action">The action.</param>
    public abstract void RegisterExchangeAction(Action<ExchangeAnalysisContext> action);

    /// <summary>Registers an action called once for the whole transcript.</summary>
    /// <param name="action">The action.</param>
    public abstract void RegisterTranscriptAction(Action<TranscriptAnalysisContext> action);
}
