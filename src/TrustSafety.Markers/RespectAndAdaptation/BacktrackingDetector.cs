using System.Collections.Immutable;
using System.Globalization;
using TrustSafety.Analysis;
using TrustSafety.Markers.Exchanges;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Text;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.RespectAndAdaptation;

/// <summary>
/// TS4201 backtracking: the coach reuses a salient word or short phrase of the client's own, from the
/// client's last three turns. Salience comes from rarity (<c>Lexicons/word-frequency.tsv</c>), repetition,
/// emphasis, feeling or sensory weight (<c>Lexicons/vulnerability.txt</c>, <c>Lexicons/perceptual.txt</c>)
/// and phrase length; an echo of 8 or more words is parroting, not backtracking. Reported on the reused
/// words in the coach turn, with the client's words as related location.
/// </summary>
public sealed class BacktrackingDetector : IMarkerDetector
{
    /// <summary>The TS4201 descriptor.</summary>
    public static readonly MarkerDescriptor Backtracking = BuiltInMarkers.Describe(
        "TS4201",
        "Backtracking",
        "The coach reuses the client's own words: \"{0}\".",
        Polarity.Evidence,
        ["4.2", "4.5"],
        [],
        "Reusing the client's own salient words, rather than paraphrasing them, shows the coach is listening and respects the client's language.",
        "respect",
        "lexical");

    private const int MaxReuseWords = 7;
    private const double MinSalience = 0.8;
    private const double RarityWeight = 1.0;
    private const double WeightyBonus = 0.3;

    private static readonly Lexicon Loaded = new("vulnerability");
    private static readonly Lexicon Sensory = new("perceptual");
    private static readonly ImmutableHashSet<string> Intensifiers = ["really", "so", "such", "totally", "absolutely", "completely", "utterly", "just", "very"];

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [Backtracking];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTurnAction(Analyze, SpeakerRole.Coach);
    }

    private static void Analyze(TurnAnalysisContext context)
    {
        var clients = RecentTurns.ClientTurnsBefore(context.Transcript, context.Turn.Index);
        if (clients.IsEmpty)
        {
            return;
        }

        var coach = WordsOf(context.TurnText);
        var previousCoach = PreviousCoachKeys(context, clients[^1].Index);
        var names = clients.Select(c => context.TextAnalysis[c.Index]).Append(context.TurnText).SelectMany(Names).ToHashSet(StringComparer.Ordinal);
        var clientKeys = clients.SelectMany(c => WordsOf(context.TextAnalysis[c.Index])).GroupBy(w => w.Key).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Reuse? best = null;
        foreach (var client in clients)
        {
            var text = context.TextAnalysis[client.Index];
            var words = WordsOf(text);
            var weighty = Loaded.Match(context.TextAnalysis, client.Index).Concat(Sensory.Match(context.TextAnalysis, client.Index)).SelectMany(m => Enumerable.Range(m.FirstToken, m.TokenCount)).ToHashSet();
            foreach (var run in Runs(coach, words))
            {
                var content = Enumerable.Range(run.Client, run.Length).Select(i => words[i]).Where(w => w.IsContent && !names.Contains(w.Text)).ToList();
                if (run.Length > MaxReuseWords || content.Count == 0 || content.All(w => previousCoach.Contains(w.Key)))
                {
                    continue; // parroting, function words only, or words the coach brought in first
                }

                var salience = content.Max(w => Salience(w, text, words, clientKeys, weighty))
                    + (content.Count >= 2 || run.Length >= 3 ? 0.2 : 0)
                    - (words[run.Client].Text is "the" or "a" or "an" or "this" or "that" ? 0.2 : 0); // "the ward": naming the topic
                if (salience >= MinSalience && (best is null || salience > best.Salience))
                {
                    best = new Reuse(client, run, words, salience);
                }
            }
        }

        if (best is not null)
        {
            Report(context, coach, best);
        }
    }

    private static double Salience(Word word, TurnText text, IReadOnlyList<Word> words, Dictionary<string, int> clientKeys, HashSet<int> weighty)
    {
        var score = RarityWeight * WordFrequency.Rarity(word.Text);
        if (clientKeys.GetValueOrDefault(word.Key) >= 2)
        {
            score += 0.3; // repeated by the client
        }

        var position = word.Position;
        var sentence = text.Sentences[text.Tokens[word.Token].SentenceIndex];
        var lastToken = text.Tokens[sentence.FirstToken + sentence.TokenCount - 1];
        if ((position > 0 && Intensifiers.Contains(words[position - 1].Text)) || lastToken.Normalized == "!" || Quotes.Contain(text, text.Tokens[word.Token].Span.Start))
        {
            score += 0.2; // emphasised
        }

        if (weighty.Contains(word.Token))
        {
            score += WeightyBonus; // a feeling, a difficulty or a sensory image
        }

        return score;
    }

    // Words capitalised inside a sentence are names: the topic, not the client's language.
    private static IEnumerable<string> Names(TurnText text) =>
        text.Tokens.Select((t, i) => (t, i))
            .Where(x => x.t.IsWord && char.IsUpper(text.Text[x.t.Span.Start]) && x.i > text.Sentences[x.t.SentenceIndex].FirstToken && !x.t.Normalized.StartsWith("i'", StringComparison.Ordinal) && x.t.Normalized != "i")
            .Select(x => x.t.Normalized);

    // Maximal runs of words with equal keys, in the coach turn and one client turn.
    private static IEnumerable<Run> Runs(IReadOnlyList<Word> coach, IReadOnlyList<Word> client)
    {
        var positions = client.Select((w, j) => (w.Key, j)).ToLookup(x => x.Key, x => x.j, StringComparer.Ordinal);
        for (var i = 0; i < coach.Count; i++)
        {
            foreach (var j in positions[coach[i].Key])
            {
                if (i > 0 && j > 0 && coach[i - 1].Key == client[j - 1].Key)
                {
                    continue; // inside a longer run
                }

                var length = 1;
                while (i + length < coach.Count && j + length < client.Count && coach[i + length].Key == client[j + length].Key)
                {
                    length++;
                }

                yield return new Run(i, j, length);
            }
        }
    }

    private static HashSet<string> PreviousCoachKeys(TurnAnalysisContext context, int before)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = before - 1; i >= 0; i--)
        {
            if (context.Transcript.Turns[i].Role == SpeakerRole.Coach)
            {
                keys.UnionWith(WordsOf(context.TextAnalysis[i]).Select(w => w.Key));
                break;
            }
        }

        return keys;
    }

    private static void Report(TurnAnalysisContext context, List<Word> coach, Reuse reuse)
    {
        var coachSpan = TextSpan.FromBounds(coach[reuse.Run.Coach].Span.Start, coach[reuse.Run.Coach + reuse.Run.Length - 1].Span.End);
        var clientSpan = TextSpan.FromBounds(reuse.ClientWords[reuse.Run.Client].Span.Start, reuse.ClientWords[reuse.Run.Client + reuse.Run.Length - 1].Span.End);

        // Confidence: 0.6 at the salience threshold, rising to 0.9 for a rare, repeated or loaded phrase.
        var confidence = Math.Round(Math.Min(0.9, 0.6 + ((reuse.Salience - MinSalience) / 2)), 2);
        var clientText = context.TextAnalysis[reuse.Client.Index];
        context.Report(Marker.Create(
            Backtracking,
            MarkerLocation.InTurn(context.Turn, coachSpan),
            confidence,
            [MarkerLocation.InTurn(reuse.Client, clientSpan)],
            new Dictionary<string, string>
            {
                ["clientWords"] = clientText.Quote(clientSpan),
                ["salience"] = reuse.Salience.ToString("0.00", CultureInfo.InvariantCulture),
            },
            context.TurnText.Quote(coachSpan)));
    }

    private static List<Word> WordsOf(TurnText text) =>
        [.. text.Tokens.Select((t, i) => (t, i)).Where(x => x.t.IsWord).Select((x, n) => new Word(x.t.Normalized, Words.Key(x.t.Normalized), Words.IsContent(x.t.Normalized), x.i, n, x.t.Span))];

    /// <summary>A word of a turn: its text, comparison key, whether it is a content word, token index, position among the turn's words and span.</summary>
    private sealed record Word(string Text, string Key, bool IsContent, int Token, int Position, TextSpan Span);

    private sealed record Run(int Coach, int Client, int Length);

    private sealed record Reuse(Turn Client, Run Run, List<Word> ClientWords, double Salience);
}
