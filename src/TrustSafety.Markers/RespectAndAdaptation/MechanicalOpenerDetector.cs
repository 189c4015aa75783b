using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Text;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.RespectAndAdaptation;

/// <summary>
/// TS4203 mechanical reflective opener: a stock reflective-listening formula ("If I understand you
/// correctly", "So what I hear you saying is") from the phrase table
/// <c>Lexicons/reflective-openers.txt</c>. Fires on every use; its confidence grows when the coach
/// repeats formulas in the session, since the habit is what makes a reflection mechanical.
/// </summary>
public sealed class MechanicalOpenerDetector : IMarkerDetector
{
    /// <summary>The TS4203 descriptor.</summary>
    public static readonly MarkerDescriptor MechanicalOpener = BuiltInMarkers.Describe(
        "TS4203",
        "Mechanical reflective opener",
        "The coach frames a reflection with a stock formula: \"{0}\" (use {1} in this session).",
        Polarity.RedFlag,
        ["4.2"],
        [],
        "Formulaic openers used as a habit make listening sound mechanical; backtracking the client's own words works better.",
        "respect",
        "lexical");

    private static readonly Lexicon Phrases = new("reflective-openers");

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [MechanicalOpener];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTranscriptAction(Analyze);
    }

    private static void Analyze(TranscriptAnalysisContext context)
    {
        // A transcript action, so each use knows how many came before it in the session.
        var uses = 0;
        foreach (var turn in context.Transcript.Turns.Where(t => t.Role == SpeakerRole.Coach))
        {
            var text = context.TextAnalysis[turn.Index];
            var seen = new HashSet<int>();
            foreach (var match in Phrases.Match(context.TextAnalysis, turn.Index).OrderBy(m => m.Span.Start))
            {
                if (!seen.Add(match.SentenceIndex) || Negation.Precedes(text, match))
                {
                    continue;
                }

                uses++;

                // Confidence: 0.7 for the first use, 0.85 for the second, 0.95 from the third.
                var confidence = uses switch { 1 => 0.7, 2 => 0.85, _ => 0.95 };
                var sentence = text.Sentences[match.SentenceIndex];
                context.Report(Marker.Create(
                    MechanicalOpener,
                    MarkerLocation.InTurn(turn, TextSpan.FromBounds(match.Span.Start, sentence.Span.End)),
                    confidence,
                    properties: new Dictionary<string, string> { ["formula"] = match.Phrase, ["use"] = uses.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    messageArguments: [text.Quote(match.Span), uses.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
            }
        }
    }
}
