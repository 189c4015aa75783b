using System.Collections.Frozen;
using TrustSafety.Text;

namespace TrustSafety.Markers.Lexicons;

/// <summary>Word classes shared by the detectors that compare the coach's words with the client's.</summary>
internal static class Words
{
    /// <summary>Function and filler words: never evidence that one speaker picked up the other's words.</summary>
    public static readonly FrozenSet<string> Function = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "and", "or", "but", "so", "if", "then", "to", "of", "in", "on", "at", "for", "with", "about", "from",
        "by", "as", "it", "it's", "that", "that's", "this", "these", "those", "there", "there's", "is", "are", "was", "were", "be",
        "been", "being", "am", "do", "does", "did", "have", "has", "had", "what", "what's", "how", "why", "when", "where", "who",
        "which", "not", "no", "yes", "just", "really", "very", "all", "some", "any", "can", "could", "would", "should", "will",
        "like", "um", "uh", "yeah", "okay", "ok", "right", "well", "know", "mean", "get", "got", "go", "going", "one", "thing",
        "things", "lot", "bit", "more", "much", "too", "also", "still", "now", "up", "out", "them", "they", "they're", "he", "she",
        "him", "her", "his", "its", "than", "into", "over", "again", "don't", "can't", "i'm", "i've", "i'd", "i'll", "you're",
        "you've", "you'd", "you'll", "we", "we're", "us", "our", "me", "my", "mine", "myself", "you", "your", "yours", "yourself",
        "i", "kind", "sort", "way", "say", "said", "think", "want", "need", "make", "made", "take", "come", "even", "because",
        "maybe", "actually", "honestly", "little", "pretty", "quite", "other", "every", "each", "same", "own", "off", "down",
        "thinks", "thought", "look", "looks", "looked", "see", "sees", "saw", "seen", "show", "shows", "showed", "stop",
        "stopped", "tell", "told", "ask", "asked", "feel", "feels", "felt", "work", "works", "worked", "start", "started", "try",
        "tried", "keep", "kept", "let", "put", "give", "gave", "find", "found", "use", "used", "seem", "seems", "happen",
        "happened", "who's", "where's", "here", "here's", "today", "time", "people", "someone", "something", "anything",
        "everything", "nothing", "guess", "sure", "fine", "good", "great", "bad", "next", "last", "first",
    ], StringComparer.Ordinal);

    /// <summary>Words a listener says to show they are following, not to take the turn ("Mm-hm.", "Right, I see.", "Go on.").</summary>
    public static readonly FrozenSet<string> Backchannel = FrozenSet.ToFrozenSet(
    [
        "mm", "mmm", "mhm", "mm-hm", "mm-hmm", "uh-huh", "hm", "hmm", "yeah", "yes", "yep", "right", "okay", "ok", "sure",
        "i", "see", "got", "it", "go", "on", "oh", "ah", "aha", "wow",
    ], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Person = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["i"] = "~subject", ["you"] = "~subject", ["me"] = "~subject",
        ["my"] = "~possessive", ["your"] = "~possessive",
        ["mine"] = "~own", ["yours"] = "~own",
        ["myself"] = "~self", ["yourself"] = "~self",
        ["i'm"] = "~am", ["you're"] = "~am",
        ["i've"] = "~have", ["you've"] = "~have",
        ["i'd"] = "~would", ["you'd"] = "~would",
        ["i'll"] = "~will", ["you'll"] = "~will",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets whether a turn is only a backchannel: one to four words, all of <see cref="Backchannel"/>.</summary>
    public static bool IsBackchannel(TurnText text)
    {
        var words = text.Tokens.Where(t => t.IsWord).ToList();
        return words.Count is > 0 and <= 4 && words.All(w => Backchannel.Contains(w.Normalized));
    }

    /// <summary>Gets whether a lower-case word can carry meaning of its own.</summary>
    public static bool IsContent(string word) => word.Length >= 3 && !Function.Contains(word) && !Function.Contains(Key(word));

    /// <summary>
    /// Gets a comparison key that ignores inflection ("knots" = "knot", "carrying" = "carry") and the
    /// shift of person between the speakers ("my" = "your", "I'm" = "you're").
    /// </summary>
    public static string Key(string word)
    {
        if (Person.TryGetValue(word, out var person))
        {
            return person;
        }

        var w = word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
        return w switch
        {
            { Length: > 4 } when w.EndsWith("ies", StringComparison.Ordinal) => w[..^3] + "y",
            { Length: > 5 } when w.EndsWith("ing", StringComparison.Ordinal) => w[..^3],
            { Length: > 4 } when w.EndsWith("ed", StringComparison.Ordinal) => w[..^2],
            { Length: > 4 } when w.EndsWith("es", StringComparison.Ordinal) && !w.EndsWith("ses", StringComparison.Ordinal) => w[..^1],
            { Length: > 3 } when w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) => w[..^1],
            _ => w,
        };
    }
}
