using System.Collections.Immutable;
using TrustSafety.Assessment;

namespace TrustSafety.Cli.Evaluation;

/// <summary>A gold annotation sidecar (<c>NAME.gold.json</c>), as documented in docs/evaluation.md.</summary>
/// <param name="Path">The sidecar's path.</param>
/// <param name="TranscriptPath">The transcript's path (beside the sidecar).</param>
/// <param name="Coaches">Speaker names or labels of the coach, if given.</param>
/// <param name="Clients">Speaker names or labels of the clients, if given.</param>
/// <param name="Session">Session-level judgements by marker ID.</param>
/// <param name="Turns">The annotated coach turns.</param>
/// <param name="Levels">An assessor's evidence level per assessment row (<c>4.1</c>, <c>PCC 4.1</c>, <c>overall</c>), if given.</param>
internal sealed record GoldFile(
    string Path,
    string TranscriptPath,
    ImmutableArray<string> Coaches,
    ImmutableArray<string> Clients,
    ImmutableSortedDictionary<string, bool> Session,
    ImmutableArray<GoldTurn> Turns,
    ImmutableSortedDictionary<string, EvidenceLevel> Levels);

/// <summary>One annotated coach turn.</summary>
/// <param name="Index">The 0-based turn index.</param>
/// <param name="Quote">A verbatim substring of the turn, to catch a broken index.</param>
/// <param name="Markers">The marker IDs present.</param>
/// <param name="Where">Where the entry is in the sidecar (a JSON path), for messages.</param>
internal sealed record GoldTurn(int Index, string Quote, ImmutableArray<string> Markers, string Where);
