using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.Options;
using TrustSafety.Analysis;
using TrustSafety.Text;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Conversation;

/// <summary>
/// TS4008 coach monologue: a coach turn longer than a configurable number of words (default 120),
/// telling or lecturing instead of leaving the client room. A long turn in the opening that sets up the
/// coaching agreement (how the coach works, confidentiality) is not a monologue. Reported on the whole turn.
/// </summary>
public sealed class MonologueDetector : IMarkerDetector
{
    /// <summary>The TS4008 descriptor.</summary>
    public static readonly MarkerDescriptor Monologue = BuiltInMarkers.Describe(
        "TS4008",
        "Coach monologue",
        "The coach speaks {0} words in one turn (more than {1}).",
        Polarity.RedFlag,
        [],
        [],
        "Long coach turns tell or lecture; the client should do most of the talking.",
        "conversation",
        "talk-share");

    // Phrases that set up the coaching agreement, as lower-case word sequences.
    private static readonly ImmutableArray<string> ContractingPhrases =
    [
        "how i work", "how this works", "how we work", "stays between", "between the two of us", "between us",
        "confidential", "your hour", "your time", "your agenda", "you decide what", "you choose what", "doesn't travel",
    ];

    private readonly MonologueOptions _options;

    /// <summary>Creates the detector with default options.</summary>
    public MonologueDetector()
        : this(Options.Create(new MonologueOptions()))
    {
    }

    /// <summary>Creates the detector.</summary>
    /// <param name="options">The options.</param>
    public MonologueDetector(IOptions<MonologueOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [Monologue];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTurnAction(Analyze, SpeakerRole.Coach);
    }

    /// <summary>A turn among the first 15% of the session's turns that names the coaching agreement.</summary>
    private static bool IsOpeningContracting(TurnAnalysisContext context)
    {
        if (context.Turn.Index > Math.Max(3, context.Transcript.Turns.Length * 0.15))
        {
            return false;
        }

        var text = " " + string.Join(' ', context.TurnText.Tokens.Where(t => t.IsWord).Select(t => t.Normalized)) + " ";
        return ContractingPhrases.Any(p => text.Contains(" " + p + " ", StringComparison.Ordinal));
    }

    private void Analyze(TurnAnalysisContext context)
    {
        var words = context.TurnText.WordCount;
        if (words <= _options.MaxWords || (_options.ExemptOpeningContracting && IsOpeningContracting(context)))
        {
            return;
        }

        // Confidence: 0.6 just past the limit, rising to 0.95 at twice the limit.
        var excess = (double)(words - _options.MaxWords) / _options.MaxWords;
        var confidence = Math.Round(Math.Min(0.95, 0.6 + (0.35 * excess)), 2);
        var tokens = context.TurnText.Tokens;
        var span = TextSpan.FromBounds(tokens[0].Span.Start, tokens[^1].Span.End);
        context.Report(Marker.Create(
            Monologue,
            MarkerLocation.InTurn(context.Turn, span),
            confidence,
            properties: new Dictionary<string, string> { ["words"] = words.ToString(CultureInfo.InvariantCulture) },
            messageArguments: [words.ToString(CultureInfo.InvariantCulture), _options.MaxWords.ToString(CultureInfo.InvariantCulture)]));
    }
}
