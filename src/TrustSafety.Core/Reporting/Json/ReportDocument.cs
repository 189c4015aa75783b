namespace TrustSafety.Reporting.Json;

// The JSON contract of an analysis result (docs/report.schema.json). These types are the wire shape
// only; they are built from AnalysisResult by JsonReport.

internal sealed record ReportDocument(
    string SchemaVersion,
    ToolDocument Tool,
    string CatalogVersion,
    bool Partial,
    TranscriptDocument Transcript,
    IReadOnlyList<MarkerDocument> Markers,
    IReadOnlyList<DiagnosticDocument> Diagnostics,
    IReadOnlyDictionary<string, double?> Figures,
    AssessmentDocument Assessment);

internal sealed record AssessmentDocument(IReadOnlyList<AssessmentRowDocument> Behaviours, IReadOnlyList<AssessmentRowDocument> PccMarkers, AssessmentRowDocument Overall);

internal sealed record AssessmentRowDocument(
    string Code,
    string Title,
    string Level,
    double EvidenceIndex,
    int EvidenceCount,
    int RedFlagCount,
    IReadOnlyList<QuotedEvidenceDocument> TopEvidence);

internal sealed record QuotedEvidenceDocument(string MarkerId, int? TurnIndex, string Quote, double? Start);

internal sealed record ToolDocument(string Name, string Version);

internal sealed record TranscriptDocument(
    string? Source,
    string Format,
    string RoleAssignment,
    IReadOnlyList<SpeakerDocument> Speakers,
    IReadOnlyList<TurnDocument> Turns);

internal sealed record SpeakerDocument(string Id, string Name, string Role);

internal sealed record TurnDocument(int Index, string SpeakerId, string Role, string Text, double? Start, double? End);

internal sealed record SpanDocument(int Start, int Length);

internal sealed record MarkerDocument(
    string Id,
    string Title,
    IReadOnlyList<string> Behaviours,
    IReadOnlyList<string> PccMarkers,
    string Polarity,
    string Severity,
    string Message,
    int? TurnIndex,
    SpanDocument? Span,
    double? Start,
    double? End,
    string Quote,
    double Confidence,
    IReadOnlyList<RelatedDocument> Related,
    IReadOnlyDictionary<string, string> Properties);

internal sealed record RelatedDocument(int? TurnIndex, SpanDocument? Span, string Quote);

internal sealed record DiagnosticDocument(string Id, string Severity, string Message, LocationDocument? Location);

internal sealed record LocationDocument(int? Line, int? Column, int? TurnIndex);
