using System.Collections.Immutable;
using TrustSafety.Markers;

namespace TrustSafety.Analysis;

/// <summary>
/// A marker detector, in the manner of a Roslyn analyzer: it declares the markers it can report, and in
/// <see cref="Initialize"/> registers the actions the engine calls for turns, exchanges and the whole
/// transcript. The engine calls <see cref="Initialize"/> once per analyzer; actions may run on many
/// threads at once, so keep a detector free of mutable state. This interface grows only with default
/// implementations, so existing detectors keep compiling.
/// </summary>
public interface IMarkerDetector
{
    /// <summary>Gets the descriptors of every marker the detector can report; reporting any other is rejected.</summary>
    ImmutableArray<MarkerDescriptor> SupportedMarkers { get; }

    /// <summary>
    /// Gets the names of the session figures the detector reports with
    /// <see cref="TranscriptAnalysisContext.ReportFigure"/> (camelCase, unique across detectors); none by default.
    /// </summary>
    ImmutableArray<string> SupportedFigures => [];

    /// <summary>Registers the detector's actions.</summary>
    /// <param name="context">The context to register actions with.</param>
    void Initialize(MarkerAnalysisContext context);
}
