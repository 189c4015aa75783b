using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.Options;
using TrustSafety.Analysis;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Conversation;

/// <summary>
/// TS4001 the coach does more of the talking: the coach's share of coach-and-client words (and of talk
/// time, when the transcript is timed) is above 0.5 over the session, or some window of 10 consecutive
/// turns has the coach speaking at least twice the client's words. Reported on the session, with the
/// most coach-dominated window's turns as related locations.
/// </summary>
public sealed class TalkShareDetector : IMarkerDetector
{
    /// <summary>The TS4001 descriptor.</summary>
    public static readonly MarkerDescriptor CoachTalksMore = BuiltInMarkers.Describe(
        "TS4001",
        "Coach talks more than the client",
        "The coach does more of the talking: {0}.",
        Polarity.RedFlag,
        [],
        [],
        "The client should do most of the talking; a coach who talks more leaves less room to think and share.",
        "conversation",
        "talk-share",
        "session");

    private readonly TalkShareOptions _options;

    /// <summary>Creates the detector with default options.</summary>
    public TalkShareDetector()
        : this(Options.Create(new TalkShareOptions()))
    {
    }

    /// <summary>Creates the detector.</summary>
    /// <param name="options">The options.</param>
    public TalkShareDetector(IOptions<TalkShareOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <inheritdoc />
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [CoachTalksMore];

    /// <inheritdoc />
    public void Initialize(MarkerAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterTranscriptAction(Analyze);
    }

    private void Analyze(TranscriptAnalysisContext context)
    {
        var transcript = context.Transcript;
        var words = transcript.Turns.Select(t => t.Role is SpeakerRole.Coach or SpeakerRole.Client ? context.TextAnalysis[t.Index].WordCount : 0).ToArray();
        var coachWords = transcript.Turns.Where(t => t.Role == SpeakerRole.Coach).Sum(t => words[t.Index]);
        var clientWords = transcript.Turns.Where(t => t.Role == SpeakerRole.Client).Sum(t => words[t.Index]);
        if (coachWords == 0)
        {
            return;
        }

        var wordShare = (double)coachWords / (coachWords + clientWords);
        var talkShare = TalkTimeShare(transcript);
        var (windowStart, windowShare, dominated) = WorstWindow(transcript, words);

        var reasons = new List<string>();
        var confidence = 0.0;
        if (wordShare > _options.MaxCoachShare)
        {
            reasons.Add(Format($"{wordShare * 100:0}% of the words over the session"));
            confidence = Math.Max(confidence, wordShare > _options.MaxCoachShare + 0.05 ? 0.9 : 0.75);
        }

        if (talkShare > _options.MaxCoachShare)
        {
            reasons.Add(Format($"{talkShare * 100:0}% of the talk time"));
            confidence = Math.Max(confidence, 0.8);
        }

        if (dominated)
        {
            reasons.Add(Format($"{windowShare * 100:0}% of the words in turns {windowStart}-{windowStart + _options.WindowTurns - 1}"));
            confidence = Math.Max(confidence, 0.7);
        }

        if (reasons.Count == 0)
        {
            return;
        }

        var window = transcript.Turns.Skip(windowStart).Take(_options.WindowTurns).Select(t => MarkerLocation.InTurn(t));
        var properties = new Dictionary<string, string>
        {
            ["coachWordShare"] = Format($"{wordShare:0.####}"),
            ["worstWindowShare"] = Format($"{windowShare:0.####}"),
            ["worstWindowStart"] = Format($"{windowStart}"),
        };
        if (talkShare is { } share)
        {
            properties["coachTalkTimeShare"] = Format($"{share:0.####}");
        }

        context.Report(Marker.Create(CoachTalksMore, MarkerLocation.Session, confidence, window, properties, string.Join("; ", reasons)));
    }

    /// <summary>The coach's share of coach-and-client talk time, or null without times.</summary>
    private static double? TalkTimeShare(Transcript transcript)
    {
        var figures = transcript.Figures;
        if (figures.TalkTimeOf(SpeakerRole.Coach) is not { } coach || figures.TalkTimeOf(SpeakerRole.Client) is not { } client || coach + client <= TimeSpan.Zero)
        {
            return null;
        }

        return coach / (coach + client);
    }

    /// <summary>The window of consecutive turns with the highest coach share of words, and whether it is coach-dominated.</summary>
    private (int Start, double Share, bool Dominated) WorstWindow(Transcript transcript, int[] words)
    {
        var size = Math.Min(_options.WindowTurns, transcript.Turns.Length);
        var (bestStart, bestShare, dominated) = (0, 0.0, false);
        for (var start = 0; start + size <= transcript.Turns.Length; start++)
        {
            var coach = 0;
            var client = 0;
            for (var i = start; i < start + size; i++)
            {
                coach += transcript.Turns[i].Role == SpeakerRole.Coach ? words[i] : 0;
                client += transcript.Turns[i].Role == SpeakerRole.Client ? words[i] : 0;
            }

            if (coach + client == 0)
            {
                continue;
            }

            var share = (double)coach / (coach + client);
            if (share > bestShare)
            {
                (bestStart, bestShare) = (start, share);
            }

            dominated |= size == _options.WindowTurns && coach > 0 && coach >= _options.WindowRatio * client;
        }

        return (bestStart, bestShare, dominated);
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
