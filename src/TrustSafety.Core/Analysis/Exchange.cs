using TrustSafety.Transcripts;

namespace TrustSafety.Analysis;

/// <summary>A client turn and the coach turn that immediately answers it.</summary>
/// <param name="ClientTurn">The client's turn.</param>
/// <param name="CoachTurn">The coach's answering turn (the next turn).</param>
public sealed record Exchange(Turn ClientTurn, Turn CoachTurn);
