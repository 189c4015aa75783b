using System.Collections.Immutable;
using TrustSafety.Configuration;
using TrustSafety.Markers;
using TrustSafety.Transcripts;

namespace TrustSafety.Analysis;

/// <summary>A detector with its declared markers and the actions it registered in <see cref="IMarkerDetector.Initialize"/>.</summary>
internal sealed class DetectorRegistration
{
    private DetectorRegistration(IMarkerDetector detector, ImmutableDictionary<string, MarkerDescriptor> declared, ImmutableHashSet<string> figures)
    {
        Detector = detector;
        Declared = declared;
        Figures = figures;
        Name = detector.GetType().FullName ?? detector.GetType().Name;
    }

    public IMarkerDetector Detector { get; }

    public string Name { get; }

    public ImmutableDictionary<string, MarkerDescriptor> Declared { get; }

    public ImmutableHashSet<string> Figures { get; }

    public List<(Action<TurnAnalysisContext> Action, ImmutableHashSet<SpeakerRole> Roles)> TurnActions { get; } = [];

    public List<Action<ExchangeAnalysisContext>> ExchangeActions { get; } = [];

    public List<Action<TranscriptAnalysisContext>> TranscriptActions { get; } = [];

    /// <summary>Reads the detector's declarations and calls its Initialize.</summary>
    /// <exception cref="ArgumentException">The detector declares nothing, or an ID twice.</exception>
    public static DetectorRegistration Create(IMarkerDetector detector, TrustSafetyOptions options)
    {
        var type = detector.GetType().FullName;
        var supported = detector.SupportedMarkers.IsDefault ? [] : detector.SupportedMarkers;
        var figures = detector.SupportedFigures.IsDefault ? [] : detector.SupportedFigures;
        if (supported.IsEmpty && figures.IsEmpty)
        {
            throw new ArgumentException($"Detector {type} declares no markers in SupportedMarkers (and no figures).");
        }

        if (figures.Distinct(StringComparer.Ordinal).Count() != figures.Length || figures.Any(f => string.IsNullOrWhiteSpace(f)))
        {
            throw new ArgumentException($"Detector {type} declares an empty or repeated figure name in SupportedFigures.");
        }

        var declared = ImmutableDictionary.CreateBuilder<string, MarkerDescriptor>(StringComparer.Ordinal);
        foreach (var descriptor in supported)
        {
            if (descriptor is null)
            {
                throw new ArgumentException($"Detector {type} declares a null descriptor in SupportedMarkers.");
            }

            if (!declared.TryAdd(descriptor.Id, descriptor))
            {
                throw new ArgumentException($"Detector {type} declares marker {descriptor.Id} twice.");
            }
        }

        var registration = new DetectorRegistration(detector, declared.ToImmutable(), [.. figures]);
        detector.Initialize(new RegistrationContext(registration, options));
        return registration;
    }

    private sealed class RegistrationContext(DetectorRegistration registration, TrustSafetyOptions options) : MarkerAnalysisContext
    {
        public override TrustSafetyOptions Options => options;

        public override void RegisterTurnAction(Action<TurnAnalysisContext> action, params SpeakerRole[] roles)
        {
            ArgumentNullException.ThrowIfNull(action);
            ArgumentNullException.ThrowIfNull(roles);
            var set = roles.Length == 0 ? [.. Enum.GetValues<SpeakerRole>()] : roles.ToImmutableHashSet();
            registration.TurnActions.Add((action, set));
        }

        public override void RegisterExchangeAction(Action<ExchangeAnalysisContext> action)
        {
            ArgumentNullException.ThrowIfNull(action);
            registration.ExchangeActions.Add(action);
        }

        public override void RegisterTranscriptAction(Action<TranscriptAnalysisContext> action)
        {
            ArgumentNullException.ThrowIfNull(action);
            registration.TranscriptActions.Add(action);
        }
    }
}
