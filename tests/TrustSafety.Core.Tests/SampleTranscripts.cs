using TrustSafety.Transcripts;

namespace TrustSafety.Core.Tests;

/// <summary>Small transcripts for tests.</summary>
internal static class SampleTranscripts
{
    public static Transcript Short() => new TranscriptBuilder("short.txt", "plain")
        .AddSpeaker("Coach", "Coach", SpeakerRole.Coach)
        .AddSpeaker("Client", "Client", SpeakerRole.Client)
        .AddUtterance("Coach", "What would you like to focus on today?", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4))
        .AddUtterance("Client", "My team. I feel stuck with them.", TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(10))
        .AddUtterance("Coach", "Stuck how?", TimeSpan.FromSeconds(12), TimeSpan.FromSeconds(13))
        .AddUtterance("Client", "Like nothing I try lands.", TimeSpan.FromSeconds(16), TimeSpan.FromSeconds(19))
        .AddUtterance("Coach", "That sounds tiring. What would help right now?", TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(24))
        .Build();

    public static string SamplePath => Path.Combine(AppContext.BaseDirectory, "Seeds", "sample-session.txt");
}
