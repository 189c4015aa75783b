using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers;
using TrustSafety.Text;

namespace TrustSafety.Markers.Lexicons;

/// <summary>
/// The shared logic of the phrase-table detectors: find the table's phrases in a coach turn (one shared,
/// cached pass), keep those in the allowed kind of sentence, drop negated ones and those whose sentence
/// (or turn) also holds an exclusion phrase, and give each sentence once with the confidence of its
/// best label.
/// </summary>
internal sealed class PhraseRule(
    Lexicon phrases,
    ImmutableDictionary<string, double> confidenceByLabel,
    bool statements = true,
    bool questions = true,
    Lexicon? sentenceExclusions = null,
    Lexicon? turnExclusions = null)
{
    /// <summary>A sentence that carries the marker, with its best match and confidence.</summary>
    public sealed record Hit(Sentence Sentence, PhraseMatch Match, double Confidence);

    /// <summary>
    /// Reports each accepted hit as a marker of the descriptor on its sentence. <paramref name="keep"/>, when
    /// given, filters the single matches before each sentence's best one is chosen (so a dropped match can
    /// leave the sentence to another one); <paramref name="accept"/> filters the chosen hits.
    /// </summary>
    public void Report(TurnAnalysisContext context, MarkerDescriptor descriptor, Func<Hit, bool>? accept = null, Func<PhraseMatch, bool>? keep = null)
    {
        foreach (var hit in Find(context.TextAnalysis, context.Turn.Index, keep).Where(h => accept?.Invoke(h) ?? true))
        {
            context.Report(ToMarker(context, descriptor, hit));
        }
    }

    /// <summary>A marker of the descriptor on the hit's sentence, quoting it, with the hit's label and phrase as properties.</summary>
    public static Marker ToMarker(TurnAnalysisContext context, MarkerDescriptor descriptor, Hit hit) => Marker.Create(
        descriptor,
        MarkerLocation.InTurn(context.Turn, hit.Sentence.Span),
        hit.Confidence,
        properties: new Dictionary<string, string> { ["kind"] = hit.Match.Label, ["phrase"] = hit.Match.Phrase },
        messageArguments: context.TurnText.Quote(hit.Sentence.Span));

    /// <summary>Finds the accepted hits in the context's turn.</summary>
    public IEnumerable<Hit> Find(TurnAnalysisContext context) => Find(context.TextAnalysis, context.Turn.Index);

    /// <summary>Finds the accepted hits in a turn, one per sentence, in text order, from the matches <paramref name="keep"/> keeps.</summary>
    public IEnumerable<Hit> Find(TextAnalysis analysis, int index, Func<PhraseMatch, bool>? keep = null)
    {
        if (turnExclusions is not null && !turnExclusions.Match(analysis, index).IsEmpty)
        {
            return [];
        }

        var text = analysis[index];
        var excluded = sentenceExclusions is null ? [] : sentenceExclusions.Match(analysis, index).Select(m => m.SentenceIndex).ToHashSet();
        var best = new Dictionary<int, Hit>();
        foreach (var match in phrases.Match(analysis, index))
        {
            var sentence = text.Sentences[match.SentenceIndex];
            if ((sentence.IsQuestion ? !questions : !statements) || excluded.Contains(match.SentenceIndex) || Negation.Precedes(text, match)
                || !(keep?.Invoke(match) ?? true))
            {
                continue;
            }

            var confidence = confidenceByLabel.GetValueOrDefault(match.Label, confidenceByLabel.Values.Min());
            if (!best.TryGetValue(match.SentenceIndex, out var known) || known.Confidence < confidence)
            {
                best[match.SentenceIndex] = new Hit(sentence, match, confidence);
            }
        }

        return best.Values.OrderBy(h => h.Sentence.Span.Start);
    }
}
