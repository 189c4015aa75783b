using TrustSafety.Markers;

namespace TrustSafety.Diagnostics;

/// <summary>
/// A message from the engine or a reader about the analysis itself (not about the coaching): a
/// detector that failed, roles that were guessed, an oddity in the file. IDs are <c>TS0001</c>-<c>TS0099</c>.
/// </summary>
/// <param name="Id">The diagnostic ID, listed in the ledger (docs/marker-ledger.md).</param>
/// <param name="Severity">The severity.</param>
/// <param name="Message">A message that says what happened and where.</param>
/// <param name="Location">Where it applies, or <see langword="null"/> for the whole analysis.</param>
public sealed record Diagnostic(string Id, Severity Severity, string Message, DiagnosticLocation? Location = null);
