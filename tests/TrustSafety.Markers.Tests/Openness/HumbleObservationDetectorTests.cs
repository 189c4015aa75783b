using TrustSafety.Markers.Openness;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.Openness;

public class HumbleObservationDetectorTests
{
    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup) => new DetectorVerifier(new HumbleObservationDetector()).VerifyAsync(markup);

    [Theory]
    [InlineData("Coach: {|TS4601:I might be off, but I notice you smile whenever the workshop comes up. What do you make of that?|}")]
    [InlineData("Coach: {|TS4601:My sense is the deadline isn't the real pressure here. I could be wrong; does that fit?|}")]
    [InlineData("Coach: {|TS4601:I wonder if the title matters less than the team. How does that land?|}")]
    [InlineData("Coach: Thanks. {|TS4601:I notice your voice drops when you mention Leeds. Tell me if that's off.|}")]
    [InlineData("Coach: {|TS4601:Take it or leave it: it sounds like two jobs, not one. What's your take?|}")]
    [InlineData("Coach: {|TS4601:I've noticed we keep coming back to your sister. Does that resonate?|}")]
    [InlineData("Coach: {|TS4601:My hunch is that you've already decided. Correct me if I'm wrong.|}")]
    [InlineData("Coach: {|TS4601:I'm noticing a lot of \"should\" in what you say. How does that sit with you?|}")]
    public async Task A_tentative_observation_with_an_invitation_fires(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: You light up whenever you talk about the workshop.")]
    [InlineData("Coach: Clearly the workshop is where your heart is, right?")]
    [InlineData("Coach: I notice you smile when the workshop comes up.")]
    [InlineData("Coach: What do you make of that?")]
    [InlineData("Client: I notice I keep avoiding it. What do you make of that?")]
    [InlineData("Coach: I'm not noticing anything in particular. Does that fit with your week?")]
    [InlineData("Coach: Does that fit your calendar? I notice Friday is free.")]
    [InlineData("Coach: How does that land? I wonder.")]
    public async Task Observations_without_invitations_and_invitations_alone_do_not_fire(string markup) => await Verify(markup);
}
