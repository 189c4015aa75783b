using TrustSafety.Markers.Conversation;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.Conversation;

public class SilenceAfterQuestionDetectorTests
{
    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup) => new DetectorVerifier(new SilenceAfterQuestionDetector()).VerifyAsync(markup);

    [Theory]
    [InlineData("{|TS4002:What would feeling settled look like?|}", 3.2)]
    [InlineData("{|TS4002:How did that land for you?|}", 2.0)]
    [InlineData("I hear that. {|TS4002:What matters most to you here?|}", 2.5)]
    [InlineData("{|TS4002:What part of it keeps coming back?|} Take your time.", 2.5)]
    [InlineData("{|TS4002:So what would you like instead?|}", 6.0)]
    [InlineData("{|TS4002:Where do you notice that in your body?|}", 4.0)]
    [InlineData("{|TS4002:Who else sees it that way?|} No rush.", 2.2)]
    [InlineData("{|TS4002:Why does this one matter so much?|}", 2.1)]
    [InlineData("Running on empty. {|TS4002:What's that like, day to day?|}", 2.4)]
    public async Task An_open_question_followed_by_silence_fires(string coach, double silence)
    {
        var reply = 10 + silence;
        await Verify($"""
            [0 - 6] Client: There is a lot going on with the move.
            [6.5 - 10] Coach: {coach}
            [{reply} - {reply + 4}] Client: I think it would look calm.
            """);
    }

    [Theory]
    [InlineData("Did you tell your sister?", 3.0)]
    [InlineData("How many people report to you?", 3.0)]
    [InlineData("What would feeling settled look like?", 1.5)]
    [InlineData("What would success look like? I mean, revenue, or hours, or just sleeping more?", 3.0)]
    [InlineData("What would help? Is it time, money or support that you need most right now?", 3.0)]
    [InlineData("That sounds like a lot.", 4.0)]
    [InlineData("Is it the team or the role?", 2.5)]
    [InlineData("What happened next? Tell me about the meeting itself and everyone who was in the room.", 3.0)]
    public async Task Closed_questions_short_silences_and_filled_silences_do_not_fire(string coach, double silence)
    {
        var reply = 10 + silence;
        await Verify($"""
            [0 - 6] Client: There is a lot going on with the move.
            [6.5 - 10] Coach: {coach}
            [{reply} - {reply + 4}] Client: I think so.
            """);
    }

    [Fact]
    public async Task The_next_speaker_must_be_the_client()
    {
        await Verify("""
            [0 - 4] Coach: What would you like to explore?
            [7 - 9] Observer: Sorry, my camera froze.
            [9.5 - 12] Client: The move.
            """);
    }

    [Fact]
    public async Task An_untimed_transcript_gets_TS0009_instead_of_a_silent_pass()
    {
        var result = await Verify("Coach: What would you like to explore?\nClient: The move.");

        result.Diagnostics.Should().Contain(d => d.Id == "TS0009" && d.Message.Contains("TS4002", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_reply_is_the_related_location_and_the_silence_a_property()
    {
        var result = await Verify("""
            [0 - 4] Coach: {|TS4002:What would you like to explore?|}
            [9 - 12] Client: The move. It is close now.
            """);

        var marker = result.Markers.Single();
        marker.Confidence.Should().Be(0.9, "five seconds is more than twice the minimum");
        marker.Properties["silenceSeconds"].Should().Be("5");
        result.Quote(marker.RelatedLocations.Single()).Should().Be("The move.");
    }
}
