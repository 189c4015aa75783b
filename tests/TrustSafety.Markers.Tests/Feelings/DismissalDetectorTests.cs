using TrustSafety.Markers.Feelings;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.Feelings;

public class DismissalDetectorTests
{
    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup) => new DetectorVerifier(new DismissalDetector()).VerifyAsync(markup);

    // The client shares something vulnerable and the coach's next answer that is not a backchannel
    // minimises it, moves on to the task or agenda, or gives a token and moves on. The marker covers the
    // whole coach turn.
    [Theory]
    [InlineData("Client: My dog died on Saturday and I haven't stopped crying.\nCoach: {|TS4503:Okay. Did you manage to send the proposal to the client?|}")]
    [InlineData("Client: I got passed over again and honestly I feel humiliated.\nCoach: {|TS4503:Cheer up, it happens to everyone at some point.|}")]
    [InlineData("Client: I've never told anyone this, but I was let go from my last job.\nCoach: {|TS4503:Anyway, let's look at your goals for the quarter.|}")]
    [InlineData("Client: My mum's diagnosis came through last week.\nCoach: Mm-hm.\nClient: I'm terrified, to be honest.\nCoach: {|TS4503:Right, so the training plan. Where are we with it?|}")]
    [InlineData("Client: The project I led for two years got cancelled and I feel like a failure.\nCoach: {|TS4503:At least you still have a job. What's next on your list?|}")]
    [InlineData("Client: I froze in front of the board. I'm so ashamed.\nCoach: {|TS4503:It's only a board meeting, nobody remembers those.|}")]
    [InlineData("Client: Things at home are falling apart and I can't sleep.\nCoach: {|TS4503:Before I forget, can you send me the invoice?|}")]
    [InlineData("Client: I snapped at my team today and I feel so guilty.\nCoach: {|TS4503:Don't worry about it. Shall we review the hiring plan?|}")]
    [InlineData("Client: My brother and I haven't spoken since the funeral.\nCoach: {|TS4503:Oh dear.\nCoach: Anyway, what's on your list for today?|}")]
    [InlineData("Client: I feel like such a failure since the redundancy.\nCoach: {|TS4503:You should update your CV this week and start applying.|}")]
    [InlineData("Client: It has been hard, really tough.\nCoach: Mm-hm.\nClient: Yeah. So the project.\nCoach: {|TS4503:Don't worry, it's nothing, everyone gets that.|}")]
    public async Task Minimising_or_moving_past_a_vulnerable_disclosure_fires(string markup) => await Verify(markup);

    // Each case targets one rule: the coach acknowledges (even briefly, even offering to move on), the
    // client moves on themselves, the client is not vulnerable (or negates the feeling, or names one mild
    // difficulty), the coach only backchannels, and a minimising phrase the coach negates.
    [Theory]
    [InlineData("Client: My sister's scan came back and I'm scared.\nCoach: That sounds really painful. Do you want to stay with it for a while, or shall we look at the plan?")]
    [InlineData("Client: I'm worried about my dad, he's in hospital again. Anyway, I want to talk about the launch.\nCoach: Okay. Moving on to the launch, then: where are we?")]
    [InlineData("Client: Slow morning, the printer jammed twice.\nCoach: Anyway, let's get into the agenda.")]
    [InlineData("Client: I'm not worried about the audit at all.\nCoach: Anyway, the budget. Where did we land?")]
    [InlineData("Client: Work's been a bit tough lately.\nCoach: Okay. What's on the agenda today?")]
    [InlineData("Client: I'm scared I'm going to lose the house.\nCoach: Mm-hm.")]
    [InlineData("Client: I'm scared I'm going to lose the house.\nCoach: Right.\nClient: The bank called again yesterday.\nCoach: I'm so sorry. What would help most this week?")]
    [InlineData("Client: I cried in the car park before the review.\nCoach: You don't need to cheer up for my sake. Take whatever time you need.")]
    [InlineData("Client: I feel like such an idiot for missing it.\nCoach: Anyway, no, wait. That must have been rotten. Tell me more.")]
    [InlineData("Client: I'm exhausted and I feel like I'm failing everyone.\nCoach: That's a lot to carry. So what would help this week?")]
    [InlineData("Client: My dad's cancer is back.\nCoach: That must be so painful. Would you like to stay with that for a bit, or come back to the budget?")]
    public async Task Acknowledgement_client_led_moves_non_vulnerable_turns_and_backchannels_do_not_fire(string markup) => await Verify(markup);

    [Fact]
    public async Task Minimising_relates_every_client_turn_since_the_coachs_last_answer()
    {
        var result = await Verify("""
            Coach: How was the week?
            Client: I failed the certification exam.
            Coach: Mm.
            Client: Third time now. I feel useless.
            Coach: {|TS4503:Never mind, plenty of people fail it. Let's plan the next attempt.|}
            """);

        var marker = result.Markers.Single();
        marker.RelatedLocations.Select(l => l.TurnIndex).Should().Equal(1, 3);
        marker.Properties["kind"].Should().Be("minimise");
        marker.Properties["phrase"].Should().Be("never mind");
        marker.Properties["clientWords"].Should().Be("I feel");
        marker.Confidence.Should().Be(0.8);
    }

    [Fact]
    public async Task Moving_on_is_less_certain_than_minimising_and_a_bare_token_least()
    {
        var move = await Verify("Client: I've been so anxious I can barely eat.\nCoach: {|TS4503:Moving on, how did the presentation go?|}");
        var token = await Verify("Client: I've been so anxious I can barely eat.\nCoach: {|TS4503:Okay. How did the presentation go?|}");

        move.Markers.Single().Properties["kind"].Should().Be("move");
        move.Markers.Single().Confidence.Should().Be(0.7);
        token.Markers.Single().Confidence.Should().Be(0.6);
    }
}
