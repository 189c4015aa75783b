using System.Text;
using TrustSafety.Analysis;
using TrustSafety.Reading;

namespace TrustSafety.Markers.Tests;

/// <summary>Every built-in detector on awkward but valid transcripts: none may throw (TS0001) or time out (TS0002).</summary>
public class BuiltInDetectorsRobustnessTests
{
    public static TheoryData<string, string> Transcripts { get; } = new()
    {
        { "coach only", "Coach: Hello?\nCoach: Are you there? Can you hear me? Hello?\n" },
        { "client only", "Client: I'm so worried about tomorrow.\nClient: Honestly I can't cope.\n" },
        { "coach first, then a long client turn", "Coach: What would you like to work on?\nClient: " + string.Join(' ', Enumerable.Repeat("I keep going round in circles and it feels heavy.", 60)) + "\n" },
        { "punctuation-only turns", "Client: ...\nCoach: ?!\nClient: -\nCoach: \"\n" },
        { "unbalanced quotes", "Client: He said \"you never listen and I felt awful.\nCoach: \"You never listen. That stung, I imagine.\n" },
        { "difficulty before backchannels", "Client: It has been hard, really tough.\nCoach: Mm-hm.\nClient: Yeah.\nCoach: Right.\nClient: So the project.\nCoach: Anyway, don't worry, it's nothing.\n" },
        { "an invitation at the very end", "Client: I think I'll take the job.\nCoach: It sounds like you've decided. What do you think?\n" },
        { "timed, with a cue of zero length and an overlap", "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v Coach>What brings you here today?\n\n00:00:02.000 --> 00:00:02.000\n<v Client>Well.\n\n00:00:01.500 --> 00:00:09.000\n<v Client>My manager and I keep clashing and I feel stuck.\n\n00:00:08.000 --> 00:00:12.000\n<v Coach>Stuck. Say more? What happened? When?\n" },
    };

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task No_built_in_detector_fails_on_an_awkward_transcript(string name, string text)
    {
        var transcript = TranscriptLoader.Default.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), name);
        var analyzer = new TranscriptAnalyzer(BuiltInMarkers.CreateDetectors());

        var result = await analyzer.AnalyzeAsync(transcript, TestContext.Current.CancellationToken);

        result.Diagnostics.Where(d => d.Id is "TS0001" or "TS0002").Select(d => d.Message).Should().BeEmpty($"no detector may fail on '{name}'");
        result.IsPartial.Should().BeFalse();
    }
}
