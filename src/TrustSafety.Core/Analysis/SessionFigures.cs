using System.Collections.Immutable;
using TrustSafety.Transcripts;

namespace TrustSafety.Analysis;

/// <summary>The names of the session figures the engine computes (documented in docs/report-format.md).</summary>
public static class SessionFigures
{
    /// <summary>Number of turns.</summary>
    public const string Turns = "turns";

    /// <summary>Number of coach turns.</summary>
    public const string CoachTurns = "coachTurns";

    /// <summary>Number of client turns.</summary>
    public const string ClientTurns = "clientTurns";

    /// <summary>Words spoken by the coach.</summary>
    public const string CoachWords = "coachWords";

    /// <summary>Words spoken by clients.</summary>
    public const string ClientWords = "clientWords";

    /// <summary>The coach's share of all words, 0..1.</summary>
    public const string CoachWordShare = "coachWordShare";

    /// <summary>The coach's share of talk time, 0..1; null without times.</summary>
    public const string CoachTalkTimeShare = "coachTalkTimeShare";

    /// <summary>Time from the first start to the last end, in seconds; null without times.</summary>
    public const string DurationSeconds = "durationSeconds";

    /// <summary>Gets the names of the figures the engine computes itself.</summary>
    public static ImmutableHashSet<string> EngineNames { get; } = [Turns, CoachTurns, ClientTurns, CoachWords, ClientWords, CoachWordShare, CoachTalkTimeShare, DurationSeconds];

    /// <summary>Computes the figures of a transcript.</summary>
    internal static ImmutableSortedDictionary<string, double?> Compute(Transcript transcript)
    {
        var figures = transcript.Figures;
        return new Dictionary<string, double?>
        {
            [Turns] = transcript.Turns.Length,
            [CoachTurns] = transcript.Turns.Count(t => t.Role == SpeakerRole.Coach),
            [ClientTurns] = transcript.Turns.Count(t => t.Role == SpeakerRole.Client),
            [CoachWords] = figures.WordsOf(SpeakerRole.Coach),
            [ClientWords] = figures.WordsOf(SpeakerRole.Client),
            [CoachWordShare] = Math.Round(figures.WordShareOf(SpeakerRole.Coach), 4),
            [CoachTalkTimeShare] = figures.TalkTimeShareOf(SpeakerRole.Coach) is { } share ? Math.Round(share, 4) : null,
            [DurationSeconds] = figures.Duration is { } duration ? Math.Round(duration.TotalSeconds, 3) : null,
        }.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }
}
