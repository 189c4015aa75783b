using Microsoft.Extensions.Options;
using TrustSafety.Markers.Conversation;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.Conversation;

public class QuestionStackingDetectorTests
{
    private static Task Verify(string markup) => new DetectorVerifier(new QuestionStackingDetector()).VerifyAsync(markup);

    [Theory]
    [InlineData("Coach: {|TS4003:What happened? Who was there? How did you respond?|}")]
    [InlineData("Coach: Thanks for that. {|TS4003:What do you want? Why now? What stops you? Who else knows?|}")]
    [InlineData("Coach: {|TS4003:So what's the goal? And the deadline? And the budget?|} Take your time.")]
    [InlineData("Coach: {|TS4003:Is it the team? The manager? Or is it you? What would change if you knew? Who could help?|} Take a moment.")]
    [InlineData("Coach: {|TS4003:What would success look like? What would it give you? How would you know you got there?|}")]
    [InlineData("Coach: {|TS4003:Where? When? With whom?|}")]
    [InlineData("Coach: {|TS4003:What did you try first? Did it work? What did you try next?|} I'm curious.")]
    [InlineData("Coach: {|TS4003:How do you feel about it?! What do you think about it?! What will you do?!|}")]
    public async Task Three_or_more_questions_without_a_pause_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: What happened? Who was there?")]
    [InlineData("Coach: What would you like to focus on today?")]
    [InlineData("Coach: That sounds hard. What would help right now? I'm here.")]
    [InlineData("Client: What happened? Who was there? How did you respond?")]
    [InlineData("Coach: I wonder what happened, who was there, and how you responded.")]
    [InlineData("Coach: You asked yourself why. You asked who. You asked how.")]
    [InlineData("Coach: What matters most here? Take your time.")]
    [InlineData("Coach: Okay? Right. Let's go on.")]
    [InlineData("Coach: Is it the commute? The hours? Or the manager?")]
    [InlineData("Coach: Which would you pick? The first offer? The second? Or neither?")]
    public async Task Fewer_than_three_questions_or_client_questions_do_not_fire(string markup) => await Verify(markup);

    [Fact]
    public async Task A_pause_of_two_seconds_between_utterances_counts_as_waiting()
    {
        await Verify("""
            [0 - 3] Coach: What happened? Who was there?
            [6 - 8] Coach: How did you respond?
            """);
    }

    [Fact]
    public async Task Utterances_without_a_pause_still_stack()
    {
        await Verify("""
            [0 - 3] Coach: {|TS4003:What happened? Who was there?
            [3.5 - 5] Coach: How did you respond?|}
            """);
    }

    [Fact]
    public async Task The_minimum_is_configurable()
    {
        var detector = new QuestionStackingDetector(Options.Create(new QuestionStackingOptions { MinQuestions = 2 }));

        await new DetectorVerifier(detector).VerifyAsync("Coach: {|TS4003:What happened? Who was there?|}");
    }

    [Fact]
    public async Task Confidence_grows_with_the_size_of_the_stack()
    {
        var three = await new DetectorVerifier(new QuestionStackingDetector()).VerifyAsync("Coach: {|TS4003:A? B? C?|}");
        var five = await new DetectorVerifier(new QuestionStackingDetector()).VerifyAsync("Coach: {|TS4003:A? B? C? D? E?|}");

        three.Markers.Single().Confidence.Should().Be(0.7);
        five.Markers.Single().Confidence.Should().BeApproximately(0.9, 1e-9);
        five.Markers.Single().Message.Should().Contain("5 questions");
    }
}
