using System.Collections.Immutable;

namespace TrustSafety.Markers;

/// <summary>
/// A finding: a declared marker at a location, with a confidence, related locations (for example the
/// client's words a backtrack reuses), message arguments and properties. Create one with
/// <see cref="Create"/>; the engine applies the configured severity.
/// </summary>
public sealed class Marker
{
    private Marker(
        MarkerDescriptor descriptor,
        MarkerLocation location,
        double confidence,
        ImmutableArray<MarkerLocation> relatedLocations,
        ImmutableArray<string> messageArguments,
        ImmutableSortedDictionary<string, string> properties,
        Severity severity)
    {
        Descriptor = descriptor;
        Location = location;
        Confidence = confidence;
        RelatedLocations = relatedLocations;
        MessageArguments = messageArguments;
        Properties = properties;
        Severity = severity;
    }

    /// <summary>Gets the descriptor.</summary>
    public MarkerDescriptor Descriptor { get; }

    /// <summary>Gets the ID (the descriptor's).</summary>
    public string Id => Descriptor.Id;

    /// <summary>Gets where the marker is.</summary>
    public MarkerLocation Location { get; }

    /// <summary>Gets how confident the detector is, between 0 and 1 (each marker documents what it means).</summary>
    public double Confidence { get; }

    /// <summary>Gets the other places the finding relies on.</summary>
    public ImmutableArray<MarkerLocation> RelatedLocations { get; }

    /// <summary>Gets the arguments of the descriptor's message format.</summary>
    public ImmutableArray<string> MessageArguments { get; }

    /// <summary>Gets detector-specific properties (sorted by key).</summary>
    public ImmutableSortedDictionary<string, string> Properties { get; }

    /// <summary>Gets the effective severity: the descriptor's default, or the configured one once the engine has applied it.</summary>
    public Severity Severity { get; }

    /// <summary>Gets the formatted message.</summary>
    public string Message => Descriptor.FormatMessage(MessageArguments);

    /// <summary>Creates a marker.</summary>
    /// <param name="descriptor">The declared descriptor.</param>
    /// <param name="location">Where the evidence is.</param>
    /// <param name="confidence">The confidence, between 0 and 1.</param>
    /// <param name="relatedLocations">Other places the finding relies on.</param>
    /// <param name="properties">Detector-specific properties.</param>
    /// <param name="messageArguments">The arguments of the message format.</param>
    /// <returns>The marker.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The confidence is not between 0 and 1.</exception>
    public static Marker Create(
        MarkerDescriptor descriptor,
        MarkerLocation location,
        double confidence = 1.0,
        IEnumerable<MarkerLocation>? relatedLocations = null,
        IReadOnlyDictionary<string, string>? properties = null,
        params string[] messageArguments)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(messageArguments);
        if (double.IsNaN(confidence) || confidence < 0 || confidence > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, $"The confidence of a {descriptor.Id} marker must be between 0 and 1.");
        }

        return new Marker(
            descriptor,
            location,
            confidence,
            (relatedLocations ?? []).ToImmutableArray(),
            [.. messageArguments],
            (properties ?? ImmutableDictionary<string, string>.Empty).ToImmutableSortedDictionary(StringComparer.Ordinal),
            descriptor.DefaultSeverity);
    }

    /// <summary>Returns a copy with another effective severity.</summary>
    internal Marker WithSeverity(Severity severity) =>
        severity == Severity ? this : new Marker(Descriptor, Location, Confidence, RelatedLocations, MessageArguments, Properties, severity);

    /// <inheritdoc />
    public override string ToString() => $"{Id} at {Location}: {Message}";
}
