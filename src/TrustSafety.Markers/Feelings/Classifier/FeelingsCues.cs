using System.Collections.Immutable;
using System.Collections.Frozen;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Text;

namespace TrustSafety.Markers.Feelings.Classifier;

/// <summary>
/// Hand-made cues that a linear model over n-grams cannot see by itself, because they relate the two
/// turns or count a lexicon: whether the client expressed something (<c>Lexicons/vulnerability.txt</c>),
/// whether the coach reuses the client's words or emotion words, asks rather than states, and speaks
/// about the client ("you") or about itself ("I"), and which other acts the phrase tables find in the turn.
/// </summary>
internal static class FeelingsCues
{
    /// <summary>The number of cues.</summary>
    public const int Count = 21;

    private static readonly Lexicon Vulnerability = new("vulnerability");

    private static readonly Lexicon Keywords = new("feelings-keywords");

    // Other acts a coach turn can hold beside or instead of an acknowledgement: praise, advice,
    // interpretation, invitation, minimising or moving on, support. The model learns their weight; a
    // change to these tables changes its input, so retrain after one (the retraining test notices).
    private static readonly Lexicon[] OtherActs = [new("acknowledgement"), new("caretaking"), new("interpretation"), new("invitations"), new("dismissal"), new("empathy")];

    private static readonly FrozenSet<string> SecondPerson = FrozenSet.ToFrozenSet(
        ["you", "your", "you're", "yours", "yourself", "you've", "you'd", "you'll"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> FirstPerson = FrozenSet.ToFrozenSet(
        ["i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself", "we", "we're", "let's", "us", "our"], StringComparer.Ordinal);

    /// <summary>Computes the cues of a coach turn answering a client turn.</summary>
    public static float[] Compute(string client, string coach) => Compute(Client.Of(client), coach);

    /// <summary>Computes the cues of a coach text answering an already analysed client turn.</summary>
    public static float[] Compute(Client client, string coach)
    {
        var coachText = Tokenizer.Analyze(coach);
        var coachWords = WordsOf(coachText);
        var coachMatches = Lexicon.MatchAll(coachText);
        var clientCues = client.Cues;
        var clientContent = client.Content;
        var coachEmotions = Vulnerability.From(coachMatches).Where(m => IsFeeling(m.Label)).Select(m => m.Phrase).ToHashSet(StringComparer.Ordinal);
        var coachContent = coachWords.Where(w => !Words.Function.Contains(w) && !SecondPerson.Contains(w) && !FirstPerson.Contains(w)).ToList();
        var sentences = coachText.Sentences;
        var words = Math.Max(1, coachWords.Count);
        var reuse = coachContent.Count == 0 ? 0 : (float)coachContent.Count(clientContent.Contains) / coachContent.Count;

        return
        [
            Log(clientCues.Count(m => IsFeeling(m.Label))),
            Log(clientCues.Count(m => m.Label == "difficulty")),
            Log(clientCues.Count(m => m.Label == "disclosure")),
            sentences.IsEmpty ? 0 : (float)sentences.Count(s => s.IsQuestion) / sentences.Length,
            !sentences.IsEmpty && sentences[^1].IsQuestion ? 1 : 0,
            Log(Math.Min(coachWords.Count, 40)) / 4,
            (float)coachWords.Count(SecondPerson.Contains) / words,
            (float)coachWords.Count(FirstPerson.Contains) / words,
            reuse,
            Log(coachEmotions.Count),
            Log(coachEmotions.Count(e => clientCues.Any(m => m.Phrase == e))),
            coachWords.Count > 0 && FirstPerson.Contains(coachWords[0]) ? 1 : 0,

            // An echo of the client's words carries a feeling only when the echoed words do.
            reuse > 0 && coachEmotions.Count > 0 ? reuse : 0,
            reuse >= 0.5 && coachEmotions.Count == 0 && coachWords.Count <= 8 ? 1 : 0,

            // The keyword baseline's phrases in statements.
            Log(Keywords.From(coachMatches).Count(m => !sentences[m.SentenceIndex].IsQuestion)),
            .. OtherActs.Select(l => Log(l.From(coachMatches).Length)),
        ];
    }

    /// <summary>What the cues need of the client turn, computed once for all the coach texts answering it.</summary>
    /// <param name="Cues">The client turn's matches in <c>Lexicons/vulnerability.txt</c>.</param>
    /// <param name="Content">The client turn's content words.</param>
    internal sealed record Client(ImmutableArray<PhraseMatch> Cues, FrozenSet<string> Content)
    {
        /// <summary>Analyses a client turn.</summary>
        public static Client Of(string text)
        {
            var analysed = Tokenizer.Analyze(text);
            return new Client(
                Vulnerability.From(Lexicon.MatchAll(analysed)),
                WordsOf(analysed).Where(w => !Words.Function.Contains(w) && !FirstPerson.Contains(w)).ToFrozenSet(StringComparer.Ordinal));
        }
    }

    // The model was trained with glad and painful feelings under one label.
    private static bool IsFeeling(string label) => label is "emotion" or "pleasant";

    private static List<string> WordsOf(TurnText text) => [.. text.Tokens.Where(t => t.IsWord).Select(t => t.Normalized)];

    private static float Log(int count) => MathF.Log(1 + count);
}
