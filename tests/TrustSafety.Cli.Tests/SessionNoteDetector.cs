using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers;

namespace TrustSafety.Cli.Tests;

/// <summary>A test detector that reports one session-level marker (no turn, no time).</summary>
internal sealed class SessionNoteDetector : IMarkerDetector
{
    public static readonly MarkerDescriptor SessionNote = new("TEST0001", "Session note", "A note about the whole session.", Polarity.Evidence, behaviours: ["4.1"]);

    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [SessionNote];

    public void Initialize(MarkerAnalysisContext context) =>
        context.RegisterTranscriptAction(c => c.Report(Marker.Create(SessionNote, MarkerLocation.Session)));
}
