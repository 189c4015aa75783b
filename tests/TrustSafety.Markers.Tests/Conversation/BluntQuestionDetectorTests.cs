using TrustSafety.Markers.Conversation;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.Conversation;

public class BluntQuestionDetectorTests
{
    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup) => new DetectorVerifier(new BluntQuestionDetector()).VerifyAsync(markup);

    [Theory]
    [InlineData("Coach: {|TS4006:Why didn't you apply last year when the post was open?|}")]
    [InlineData("Coach: Right. {|TS4006:So what's the solution?|}")]
    [InlineData("Coach: {|TS4006:Why haven't you told him yet?|}")]
    [InlineData("Coach: {|TS4006:Okay, but what's the actual answer here?|}")]
    [InlineData("Coach: {|TS4006:Come on, what's really stopping you?|}")]
    [InlineData("Coach: {|TS4006:How could you let it get this far?|}")]
    [InlineData("Coach: {|TS4006:Did you actually try, or are you just saying that?|}")]
    [InlineData("Coach: {|TS4006:So what are you going to do about it, then?|}")]
    [InlineData("Coach: Come on. {|TS4006:Which one is it?|}")]
    public async Task Demanding_and_blaming_questions_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: Why is being home by six so important to you?")]
    [InlineData("Coach: What did the inspector say?")]
    [InlineData("Coach: What happened next?")]
    [InlineData("Client: Why didn't I just say no?")]
    [InlineData("Coach: You asked yourself why you didn't apply. That's a hard question to sit with.")]
    [InlineData("Coach: I wonder what a solution might look like for you.")]
    [InlineData("Coach: What do you want to do about it?")]
    [InlineData("Coach: Which client was that?")]
    [InlineData("Coach: Come on in, the door's open. Take a seat.")]
    public async Task Neutral_curious_or_client_questions_do_not_fire(string markup) => await Verify(markup);
}
