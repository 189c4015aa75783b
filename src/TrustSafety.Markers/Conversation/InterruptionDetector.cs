using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.Options;
using TrustSafety.Analysis;
using TrustSafety.Markers.Lexicons;
using TrustSafety.Text;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Conversation;

/// <summary>
/// TS4004 interruption: the coach starts a turn at least 0.3 s before the client's turn has ended. A
/// backchannel ("Mm-hm.", "Yeah, right.") that overlaps is not an interruption. Needs start and end times.
/// Reported on the coach's turn, with the interrupted client turn as the related location.
/// </summary>
public sealed class InterruptionDetector : IMarkerDetector
{
    /// <summary>The TS4004 descriptor.</summary>
    public static readonly MarkerDescriptor Interruption = BuiltInMarkers.Describe(
        "TS4004",
        "Interruption",
        "The coach starts speaking {0} s before the client has finished.",
        Polarity.RedFlag,
        [],
        [],
        "Talking over the client cuts their thinking short and signals that the coach's agenda matters more.",
        "conversation",
        MarkerTags.RequiresTimes);

    private readonly InterruptionOptions _options;

    /// <summary>Creates the detector with default options.</summary>
    public InterruptionDetector()
        : this(Options.Create(new InterruptionOptions()))
    {
    }

    /// <summary>Creates the detector.</summary>
    /// <param name="options">The options.</param>
    public InterruptionDetector(IOptions<InterruptionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [Interruption];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTurnAction(Analyze, SpeakerRole.Coach);
    }

    private void Analyze(TurnAnalysisContext context)
    {
        var turn = context.Turn;
        if (turn.Index == 0 || turn.Start is not { } start)
        {
            return;
        }

        var client = context.Transcript.Turns[turn.Index - 1];
        if (client.Role != SpeakerRole.Client || client.End is not { } clientEnd)
        {
            return;
        }

        var overlap = clientEnd - start;
        if (overlap < _options.MinOverlap || Words.IsBackchannel(context.TurnText))
        {
            return;
        }

        // Confidence: 0.75 at the threshold, rising with the overlap to 0.95 at 1.3 s or more.
        var confidence = Math.Round(Math.Min(0.95, 0.75 + ((overlap - _options.MinOverlap).TotalSeconds * 0.2)), 2);
        var clientText = context.TextAnalysis[client.Index];
        var clientSpan = clientText.Sentences.IsEmpty ? new TextSpan(0, client.Text.Length) : clientText.Sentences[^1].Span;
        var span = context.TurnText.Sentences.IsEmpty ? new TextSpan(0, turn.Text.Length) : context.TurnText.Sentences[0].Span;
        context.Report(Marker.Create(
            Interruption,
            MarkerLocation.InTurn(turn, span),
            confidence,
            [MarkerLocation.InTurn(client, clientSpan)],
            new Dictionary<string, string> { ["overlapSeconds"] = overlap.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) },
            overlap.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)));
    }
}
