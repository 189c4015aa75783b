using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Text;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Openness;

/// <summary>
/// TS4602 transparency: the coach names its own uncertainty ("I'm not sure where to take this"), its
/// process ("I'm going to slow us down", "I notice I'm tempted to advise") or a mistake ("I misread
/// you"), from <c>Lexicons/transparency.txt</c>. Reported on the sentence. A slip in a "when" clause
/// ("you pushed back when I got it wrong") is the setting of a remark about the client, not owning it;
/// an apology ("Sorry, I jumped in") counts only when it opens the sentence ("I'm sorry, that sounds
/// hard" is sympathy).
/// </summary>
public sealed class TransparencyDetector : IMarkerDetector
{
    /// <summary>The TS4602 descriptor.</summary>
    public static readonly MarkerDescriptor Transparency = BuiltInMarkers.Describe(
        "TS4602",
        "Transparency",
        "The coach is open about itself: \"{0}\".",
        Polarity.Evidence,
        ["4.6"],
        [],
        "Naming its own uncertainty, process or mistakes shows the coach's vulnerability and builds trust.",
        "openness",
        "lexical");

    private static readonly PhraseRule Rule = new(
        new Lexicon("transparency"),
        ImmutableDictionary.CreateRange(new Dictionary<string, double> { ["mistake"] = 0.85, ["apology"] = 0.85, ["uncertain"] = 0.8, ["process"] = 0.75 }));

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [Transparency];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTurnAction(Analyze, SpeakerRole.Coach);
    }

    private static void Analyze(TurnAnalysisContext context)
    {
        // Confidence: 0.85 owning a mistake or apologising for one, 0.8 naming uncertainty, 0.75 explaining its process.
        var text = context.TurnText;
        Rule.Report(context, Transparency, hit => hit.Match.Label switch
        {
            "mistake" => PreviousWord(text, hit.Match) != "when",
            "apology" => PreviousWord(text, hit.Match) is null,
            _ => true,
        });
    }

    /// <summary>Gets the word just before the match in its sentence, or <see langword="null"/> when it opens the sentence.</summary>
    private static string? PreviousWord(TurnText text, PhraseMatch match)
    {
        for (var t = match.FirstToken - 1; t >= text.Sentences[match.SentenceIndex].FirstToken; t--)
        {
            if (text.Tokens[t].IsWord)
            {
                return text.Tokens[t].Normalized;
            }
        }

        return null;
    }
}
