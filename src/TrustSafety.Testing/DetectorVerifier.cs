using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TrustSafety.Analysis;
using TrustSafety.Configuration;
using TrustSafety.Diagnostics;
using TrustSafety.Markers;

namespace TrustSafety.Testing;

/// <summary>
/// Runs a detector on a markup transcript (<see cref="MarkupTranscript"/>) and checks that it reports
/// exactly the marked markers: same ID, turn and span. A mismatch, or a detector that throws or runs
/// past its budget, fails with <see cref="MarkerVerificationException"/> and a readable listing.
/// </summary>
public sealed class DetectorVerifier
{
    /// <summary>Creates a verifier for a detector.</summary>
    /// <param name="detector">The detector under test.</param>
    public DetectorVerifier(IMarkerDetector detector)
    {
        ArgumentNullException.ThrowIfNull(detector);
        Detector = detector;
    }

    /// <summary>Gets the detector under test.</summary>
    public IMarkerDetector Detector { get; }

    /// <summary>Gets or sets the analyzer options (severity overrides, time budget).</summary>
    /// <value>The default value is the default options.</value>
    public TrustSafetyOptions Options { get; set; } = new();

    /// <summary>Gets or sets the marker IDs that are checked; others the detector reports are ignored.</summary>
    /// <value>The default value is empty: every ID the detector declares is checked.</value>
    public ImmutableArray<string> CheckedMarkerIds { get; set; } = [];

    /// <summary>Verifies the detector against markup.</summary>
    /// <param name="markup">The markup transcript.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The analysis result, for further assertions (confidence, messages).</returns>
    /// <exception cref="MarkerVerificationException">The reported markers differ from the markup.</exception>
    public async Task<AnalysisResult> VerifyAsync(string markup, CancellationToken cancellationToken = default)
    {
        var parsed = MarkupTranscript.Parse(markup);
        var analyzer = new TranscriptAnalyzer([Detector], Options);
        var result = await analyzer.AnalyzeAsync(parsed.Transcript, cancellationToken).ConfigureAwait(false);

        var failures = result.Diagnostics.Where(d => d.Id is DiagnosticIds.DetectorFailed or DiagnosticIds.DetectorTimedOut).ToList();
        var checkedIds = CheckedMarkerIds.IsDefaultOrEmpty ? Detector.SupportedMarkers.Select(d => d.Id).ToHashSet() : CheckedMarkerIds.ToHashSet();
        var expected = parsed.Expected.Select(e => e.ToString()).ToList();
        var actual = result.Markers.Where(m => checkedIds.Contains(m.Id)).Select(m => Describe(result, m)).ToList();
        var missing = Minus(expected, actual);
        var unexpected = Minus(actual, expected);
        if (failures.Count == 0 && missing.Count == 0 && unexpected.Count == 0)
        {
            return result;
        }

        throw new MarkerVerificationException(Listing(failures, missing, unexpected, expected, result));
    }

    private static string Describe(AnalysisResult result, Marker marker) =>
        MarkupListing.Describe(marker.Id, marker.Location.TurnIndex, marker.Location.Span, result.Quote(marker.Location));

    private static List<string> Minus(List<string> from, List<string> remove)
    {
        var left = new List<string>(from);
        foreach (var item in remove)
        {
            left.Remove(item);
        }

        return left;
    }

    private static string Listing(List<Diagnostic> failures, List<string> missing, List<string> unexpected, List<string> expected, AnalysisResult result)
    {
        var text = new StringBuilder("The detector's markers differ from the markup.").AppendLine();
        foreach (var failure in failures)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Detector failure {failure.Id}: {failure.Message}");
        }

        Section(text, "Expected but not reported:", missing);
        Section(text, "Reported but not expected:", unexpected);
        Section(text, "All expected:", expected);
        Section(text, "All reported:", [.. result.Markers.Select(m => $"{Describe(result, m)} (confidence {m.Confidence.ToString("0.00", CultureInfo.InvariantCulture)})")]);
        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, List<string> lines)
    {
        text.AppendLine(title);
        if (lines.Count == 0)
        {
            text.AppendLine("  (none)");
        }

        foreach (var line in lines)
        {
            text.Append("  ").AppendLine(line);
        }
    }
}
