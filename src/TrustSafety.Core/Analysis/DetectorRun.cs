using TrustSafety.Configuration;
using TrustSafety.Markers;
using TrustSafety.Transcripts;

namespace TrustSafety.Analysis;

/// <summary>One detector's run over one transcript: validates and collects what it reports.</summary>
internal sealed class DetectorRun(DetectorRegistration registration, Transcript transcript, TrustSafetyOptions options, CancellationToken cancellationToken)
{
    private readonly List<Marker> _markers = [];
    private readonly Dictionary<string, double?> _figures = new(StringComparer.Ordinal);

    public Transcript Transcript { get; } = transcript;

    public TrustSafetyOptions Options { get; } = options;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public IReadOnlyList<Marker> Markers => _markers;

    public IReadOnlyDictionary<string, double?> Figures => _figures;

    public void ReportFigure(string name, double? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!registration.Figures.Contains(name))
        {
            throw new ArgumentException($"Detector {registration.Name} reported the figure '{name}', which is not in its SupportedFigures.", nameof(name));
        }

        if (value is { } v && !double.IsFinite(v))
        {
            throw new ArgumentException($"Detector {registration.Name} reported the figure '{name}' as {v}; figures are finite numbers or null.", nameof(value));
        }

        lock (_markers)
        {
            _figures[name] = value;
        }
    }

    public void Report(Marker marker)
    {
        ArgumentNullException.ThrowIfNull(marker);
        if (!registration.Declared.TryGetValue(marker.Id, out var declared) || !ReferenceEquals(declared, marker.Descriptor) && !declared.Equals(marker.Descriptor))
        {
            throw new ArgumentException($"Detector {registration.Name} reported {marker.Id}, which is not in its SupportedMarkers.", nameof(marker));
        }

        Validate(marker.Location, marker.Id, "location");
        foreach (var related in marker.RelatedLocations)
        {
            Validate(related, marker.Id, "related location");
        }

        lock (_markers)
        {
            _markers.Add(marker);
        }
    }

    private void Validate(MarkerLocation location, string id, string what)
    {
        if (location.TurnIndex is not { } index)
        {
            return;
        }

        if (index < 0 || index >= Transcript.Turns.Length)
        {
            throw new ArgumentException($"Detector {registration.Name} reported {id} with a {what} in turn {index}, but the transcript has {Transcript.Turns.Length} turns.");
        }

        if (location.Span.End > Transcript.Turns[index].Text.Length)
        {
            throw new ArgumentException($"Detector {registration.Name} reported {id} with a {what} span {location.Span} outside turn {index} ({Transcript.Turns[index].Text.Length} characters).");
        }
    }
}
