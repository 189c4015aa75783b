using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers;
using TrustSafety.Text;
using TrustSafety.Transcripts;

namespace Samples.Detectors;

/// <summary>
/// SMPL0001: the coach asks the client's permission before offering something ("May I share an
/// observation?", "Would it be OK if we...?"). Asking permission keeps the client in charge of the
/// conversation (partnering, PCC 4.4). A sample of a third-party detector: its own ID prefix, a declared
/// descriptor, one turn action over the shared tokens, and a confidence with a stated meaning.
/// </summary>
public sealed class PermissionAskingDetector : IMarkerDetector
{
    /// <summary>The SMPL0001 descriptor.</summary>
    public static readonly MarkerDescriptor AsksPermission = new(
        id: "SMPL0001",
        title: "Asks permission",
        messageFormat: "The coach asks permission: \"{0}\".",
        polarity: Polarity.Evidence,
        behaviours: ["4.6"],
        pccMarkers: ["4.4"],
        description: "The coach asks the client's permission before sharing, suggesting or changing direction.",
        helpLink: "https://example.org/samples/permission-asking",
        tags: ["sample"]);

    // Openings of a question that asks permission, as lower-case token sequences.
    private static readonly ImmutableArray<string[]> Openings =
    [
        ["may", "i"],
        ["can", "i", "offer"],
        ["can", "i", "share"],
        ["would", "it", "be", "ok", "if"],
        ["would", "it", "be", "okay", "if"],
        ["is", "it", "ok", "if"],
        ["is", "it", "okay", "if"],
        ["would", "you", "be", "open", "to"],
        ["do", "i", "have", "your", "permission"],
    ];

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [AsksPermission];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTurnAction(AnalyzeTurn, SpeakerRole.Coach);
    }

    private static void AnalyzeTurn(TurnAnalysisContext context)
    {
        var text = context.TurnText;
        foreach (var question in text.Questions)
        {
            var words = text.TokensOf(question).ToArray().Where(t => t.IsWord).ToArray();
            foreach (var opening in Openings)
            {
                if (StartsWith(words, opening))
                {
                    // Confidence: 0.9 for a question that opens with the phrase; the phrase list is the only evidence.
                    context.Report(Marker.Create(
                        AsksPermission,
                        MarkerLocation.InTurn(context.Turn, question.Span),
                        confidence: 0.9,
                        messageArguments: text.Quote(question.Span)));
                    break;
                }
            }
        }
    }

    private static bool StartsWith(Token[] words, string[] opening)
    {
        if (words.Length < opening.Length)
        {
            return false;
        }

        for (var i = 0; i < opening.Length; i++)
        {
            if (words[i].Normalized != opening[i])
            {
                return false;
            }
        }

        return true;
    }
}
