using TrustSafety.Markers.Conversation;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.Conversation;

public class InterruptionDetectorTests
{
    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup) => new DetectorVerifier(new InterruptionDetector()).VerifyAsync(markup);

    [Theory]
    [InlineData(19.5, 18.6, "{|TS4004:Didn't add up?|} So what did you do?")]
    [InlineData(19.5, 19.2, "{|TS4004:Let's park that.|}")]
    [InlineData(19.5, 15.0, "{|TS4004:Okay, but what about the offer?|}")]
    [InlineData(19.5, 19.0, "{|TS4004:Right, so the real issue is time.|}")]
    [InlineData(19.5, 18.0, "{|TS4004:Can I stop you there?|}")]
    [InlineData(19.5, 17.5, "{|TS4004:Yeah, yeah, and then what happened with the board?|}")]
    [InlineData(19.5, 19.1, "{|TS4004:What do you mean?|}")]
    [InlineData(19.5, 12.0, "{|TS4004:Hold on.|} Back up a bit.")]
    public async Task A_coach_turn_starting_before_the_client_finishes_fires(double clientEnd, double coachStart, string coach)
    {
        await Verify($"""
            [12 - {clientEnd}] Client: And the investor said the numbers just didn't
            [{coachStart} - {coachStart + 3}] Coach: {coach}
            """);
    }

    [Theory]
    [InlineData(19.5, 19.3, "What happened then?")]
    [InlineData(19.5, 19.5, "What happened then?")]
    [InlineData(19.5, 21.0, "What happened then?")]
    [InlineData(19.5, 18.0, "Mm-hm.")]
    [InlineData(19.5, 17.0, "Yeah, right.")]
    [InlineData(19.5, 18.5, "Uh-huh, okay.")]
    [InlineData(19.5, 18.9, "Mm.")]
    [InlineData(19.5, 19.25, "Go on.")]
    public async Task Small_overlaps_gaps_and_backchannels_do_not_fire(double clientEnd, double coachStart, string coach)
    {
        await Verify($"""
            [12 - {clientEnd}] Client: And the investor said the numbers just didn't
            [{coachStart} - {coachStart + 3}] Coach: {coach}
            """);
    }

    [Fact]
    public async Task The_client_talking_over_the_coach_does_not_fire()
    {
        await Verify("""
            [0 - 5] Coach: What would you like to focus on?
            [4 - 9] Client: The budget, sorry, go on.
            """);
    }

    [Fact]
    public async Task The_interrupted_client_turn_is_the_related_location()
    {
        var result = await Verify("""
            [0 - 8] Client: I tried part-time first. Just to see if
            [7 - 9] Coach: {|TS4004:Let's park part-time.|}
            """);

        var marker = result.Markers.Single();
        result.Quote(marker.RelatedLocations.Single()).Should().Be("Just to see if");
        marker.Properties["overlapSeconds"].Should().Be("1");
        marker.Confidence.Should().Be(0.89);
    }
}
