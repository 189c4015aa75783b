using System.Collections.Immutable;
using TrustSafety.Assessment;
using TrustSafety.Diagnostics;
using TrustSafety.Markers;
using TrustSafety.Transcripts;

namespace TrustSafety.Analysis;

/// <summary>
/// The result of analysing one transcript: the markers found (in a deterministic order), the diagnostics
/// about the analysis, the session figures, and whether the result is partial.
/// </summary>
public sealed class AnalysisResult
{
    /// <summary>The version of the result's JSON contract (docs/report.schema.json).</summary>
    public const string CurrentSchemaVersion = "1.0";

    internal AnalysisResult(
        Transcript transcript,
        ImmutableArray<Marker> markers,
        ImmutableArray<Diagnostic> diagnostics,
        ImmutableSortedDictionary<string, double?> figures,
        bool isPartial,
        AssessmentOptions assessmentOptions)
    {
        _assessment = new Lazy<SessionAssessment>(() => Assessor.Assess(this, assessmentOptions), LazyThreadSafetyMode.ExecutionAndPublication);
        Transcript = transcript;
        Markers = markers;
        Diagnostics = diagnostics;
        Figures = figures;
        IsPartial = isPartial;
    }

    private readonly Lazy<SessionAssessment> _assessment;

    /// <summary>Gets the version of the JSON contract.</summary>
    public string SchemaVersion => CurrentSchemaVersion;

    /// <summary>Gets the tool that produced the result.</summary>
    public ToolInfo Tool => ToolInfo.Current;

    /// <summary>Gets the version of the competency model and PCC markers the catalogue follows.</summary>
    public string CatalogVersion => Competency.CatalogVersion;

    /// <summary>Gets a value indicating whether some detector did not finish (see the TS0002 diagnostics).</summary>
    public bool IsPartial { get; }

    /// <summary>Gets the analysed transcript.</summary>
    public Transcript Transcript { get; }

    /// <summary>
    /// Gets the markers, ordered by turn (session-level first), span start, span length, ID and message.
    /// Markers configured as <c>hidden</c> are included; reports leave them out.
    /// </summary>
    public ImmutableArray<Marker> Markers { get; }

    /// <summary>Gets the diagnostics from reading and from the analysis.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the session figures by name (docs/report-format.md); a figure that cannot be measured is <see langword="null"/>.</summary>
    public ImmutableSortedDictionary<string, double?> Figures { get; }

    /// <summary>Gets the evidence level per behaviour, per PCC marker and overall, by the configured rules (computed once).</summary>
    public SessionAssessment Assessment => _assessment.Value;

    /// <summary>Gets the markers a report shows: those with a severity above <see cref="Severity.Hidden"/>.</summary>
    public IEnumerable<Marker> ReportedMarkers => Markers.Where(m => m.Severity > Severity.Hidden);

    /// <summary>Gets the text of a marker location (its quote), or an empty string for the session.</summary>
    /// <param name="location">A location in this result's transcript.</param>
    /// <returns>The quoted text.</returns>
    public string Quote(MarkerLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.TurnIndex is { } index ? Transcript.Turns[index].Quote(location.Span) : string.Empty;
    }
}
