using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.RespectAndAdaptation;

/// <summary>
/// TS4204 identity-group generalisation: the coach attributes a trait or outcome to the client because
/// of a group they belong to ("People your age...", "You engineers always...", "In your culture..."),
/// from <c>Lexicons/group-generalisation.txt</c>, hedged or not ("People your age tend to..."). Not when
/// the coach reflects the client's own words ("You said...", or words inside quotation marks) or declines
/// to assume ("I don't want to assume anything from your age").
/// </summary>
public sealed class GroupGeneralisationDetector : IMarkerDetector
{
    /// <summary>The TS4204 descriptor.</summary>
    public static readonly MarkerDescriptor GroupGeneralisation = BuiltInMarkers.Describe(
        "TS4204",
        "Identity-group generalisation",
        "The coach generalises about the client's group: \"{0}\".",
        Polarity.RedFlag,
        ["4.1", "4.2"],
        [],
        "Explaining the client by a group they belong to replaces understanding them with a stereotype.",
        "respect",
        "lexical");

    /// <summary>The table's rule, cancelled by a reflection of the client's words but not by a hedge.</summary>
    private static readonly PhraseRule Rule = new(
        new Lexicon("group-generalisation"),
        ImmutableDictionary.CreateRange(new Dictionary<string, double> { ["age"] = 0.8, ["group"] = 0.8, ["culture"] = 0.75 }),
        sentenceExclusions: new Lexicon("interpretation-exclusions", "reflect"));

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [GroupGeneralisation];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTurnAction(Analyze, SpeakerRole.Coach);
    }

    private static void Analyze(TurnAnalysisContext context)
    {
        // Confidence: 0.8 for age and group terms, 0.75 for culture, which is sometimes the client's own frame.
        // A group term inside quotation marks is the client's own ("you said 'we Dutch are blunt'").
        Rule.Report(context, GroupGeneralisation, hit => !Quotes.Contain(context.TurnText, hit.Match.Span.Start));
    }
}
