namespace TrustSafety.Diagnostics;

/// <summary>Where a diagnostic applies: a position in the source file and/or a turn.</summary>
/// <param name="Line">The 1-based line in the source file, if known.</param>
/// <param name="Column">The 1-based column in the source file, if known.</param>
/// <param name="TurnIndex">The 0-based turn index, if the diagnostic concerns a turn.</param>
public sealed record DiagnosticLocation(int? Line, int? Column, int? TurnIndex);
