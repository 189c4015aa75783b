using System.Collections.Immutable;
using TrustSafety.Transcripts;

namespace TrustSafety.Markers.Exchanges;

/// <summary>The client turns a coach turn answers, looking back from it.</summary>
internal static class RecentTurns
{
    /// <summary>Gets the last <paramref name="count"/> client turns before a turn, most recent first.</summary>
    public static ImmutableArray<Turn> ClientTurnsBefore(Transcript transcript, int turnIndex, int count = 3)
    {
        var turns = ImmutableArray.CreateBuilder<Turn>(count);
        for (var i = turnIndex - 1; i >= 0 && turns.Count < count; i--)
        {
            if (transcript.Turns[i].Role == SpeakerRole.Client)
            {
                turns.Add(transcript.Turns[i]);
            }
        }

        return turns.ToImmutable();
    }

    /// <summary>Gets the next turn of a role after a turn, if any.</summary>
    public static Turn? NextOf(Transcript transcript, int turnIndex, SpeakerRole role)
    {
        for (var i = turnIndex + 1; i < transcript.Turns.Length; i++)
        {
            if (transcript.Turns[i].Role == role)
            {
                return transcript.Turns[i];
            }
        }

        return null;
    }
}
