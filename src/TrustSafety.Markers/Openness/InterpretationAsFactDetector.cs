using System.Collections.Frozen;
using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Text;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Openness;

/// <summary>
/// TS4603 interpretation as fact: the coach asserts its reading of the client as settled ("The real
/// problem is that you...", "You're obviously...", "That's just fear talking"), from
/// <c>Lexicons/interpretation.txt</c>. A hedge in the same sentence ("I wonder", "maybe", "I may be
/// wrong", "tend to"), a reflection of the client's words ("You said...", or words inside quotation marks)
/// or a negation makes it not a fact claim. A stereotype from <c>Lexicons/group-generalisation.txt</c>
/// (TS4204) is also one when the coach applies it to the client: the sentence addresses the client
/// ("You engineers always...", "..., so of course you go in") or the sentence before or after starts
/// with "you" ("Teachers are perfectionists. You all want it perfect.").
/// </summary>
public sealed class InterpretationAsFactDetector : IMarkerDetector
{
    /// <summary>The TS4603 descriptor.</summary>
    public static readonly MarkerDescriptor InterpretationAsFact = BuiltInMarkers.Describe(
        "TS4603",
        "Interpretation asserted as fact",
        "The coach asserts an interpretation as fact: \"{0}\".",
        Polarity.RedFlag,
        ["4.6"],
        ["4.4"],
        "Telling the client what is really going on in them leaves no room to disagree; an observation offered as an opinion invites partnership.",
        "openness",
        "lexical");

    private static readonly PhraseRule Rule = new(
        new Lexicon("interpretation"),
        ImmutableDictionary.CreateRange(new Dictionary<string, double> { ["fact"] = 0.8 }),
        sentenceExclusions: new Lexicon("interpretation-exclusions"));

    private static readonly PhraseRule Stereotype = new(
        new Lexicon("group-generalisation"),
        ImmutableDictionary.CreateRange(new Dictionary<string, double> { ["age"] = 0.7, ["group"] = 0.7, ["culture"] = 0.7 }),
        sentenceExclusions: new Lexicon("interpretation-exclusions"));

    private static readonly FrozenSet<string> SecondPerson = FrozenSet.ToFrozenSet(
        ["you", "you're", "you've", "you'll", "you'd", "yourself", "yourselves"], StringComparer.Ordinal);

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [InterpretationAsFact];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTurnAction(Analyze, SpeakerRole.Coach);
    }

    private static void Analyze(TurnAnalysisContext context)
    {
        // Confidence: 0.8 for every table phrase, which holds only unhedged fact claims; 0.7 for a
        // stereotype applied to the client. One marker per sentence; quoted words are the client's.
        var text = context.TurnText;
        var hits = Rule.Find(context).Where(h => !Quotes.Contain(text, h.Match.Span.Start)).ToList();
        var sentences = hits.Select(h => h.Match.SentenceIndex).ToHashSet();
        hits.AddRange(Stereotype.Find(context).Where(h =>
            !sentences.Contains(h.Match.SentenceIndex) && !Quotes.Contain(text, h.Match.Span.Start) && AppliedToClient(text, h.Match.SentenceIndex)));
        foreach (var hit in hits.OrderBy(h => h.Sentence.Span.Start))
        {
            context.Report(PhraseRule.ToMarker(context, InterpretationAsFact, hit));
        }
    }

    /// <summary>Whether the sentence holds a second-person word or a neighbouring sentence starts with one.</summary>
    private static bool AppliedToClient(TurnText text, int sentenceIndex)
    {
        var sentence = text.Sentences[sentenceIndex];
        return WordsOf(text, sentence).Any(SecondPerson.Contains)
            || StartsWithSecondPerson(text, sentenceIndex - 1)
            || StartsWithSecondPerson(text, sentenceIndex + 1);
    }

    private static bool StartsWithSecondPerson(TurnText text, int sentenceIndex) =>
        sentenceIndex >= 0 && sentenceIndex < text.Sentences.Length
        && WordsOf(text, text.Sentences[sentenceIndex]).FirstOrDefault() is { } first && SecondPerson.Contains(first);

    private static IEnumerable<string> WordsOf(TurnText text, Sentence sentence) =>
        text.Tokens.Skip(sentence.FirstToken).Take(sentence.TokenCount).Where(t => t.IsWord).Select(t => t.Normalized);
}
