using TrustSafety.Markers.Conversation;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.Conversation;

public class SoftenedQuestionDetectorTests
{
    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup) => new DetectorVerifier(new SoftenedQuestionDetector()).VerifyAsync(markup);

    [Theory]
    [InlineData("Coach: {|TS4005:What might a first small step look like?|}")]
    [InlineData("Coach: {|TS4005:I'm wondering what the allotment means to you these days.|}")]
    [InlineData("Coach: {|TS4005:How could you make the mornings a bit easier?|}")]
    [InlineData("Coach: {|TS4005:Could you say a little more about the second option?|}")]
    [InlineData("Coach: That's a big change. {|TS4005:What, if anything, would you keep?|}")]
    [InlineData("Coach: {|TS4005:I'm curious how you'd describe it to a friend.|}")]
    [InlineData("Coach: {|TS4005:Tell me a bit more about the team.|}")]
    [InlineData("Coach: {|TS4005:If you could change one thing, what might it be?|}")]
    public async Task Tentative_open_questions_and_enquiries_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: What do you want to do?")]
    [InlineData("Coach: Might it help to call her?")]
    [InlineData("Coach: Could you just ask your landlord for more time?")]
    [InlineData("Coach: I'm curious why you didn't just ask.")]
    [InlineData("Coach: I wonder whether this was never about the money.")]
    [InlineData("Client: What might a first step look like? I've no idea.")]
    [InlineData("Coach: What would it look like if they could see it from where you stand?")]
    [InlineData("Coach: How did that make you feel as a little boy?")]
    public async Task Neutral_closed_blaming_or_observing_sentences_do_not_fire(string markup) => await Verify(markup);
}
