using TrustSafety.Markers.Acknowledgement;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.Acknowledgement;

public class AcknowledgementDetectorTests
{
    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup) =>
        new DetectorVerifier(new AcknowledgementDetector()) { CheckedMarkerIds = ["TS4301"] }.VerifyAsync(markup);

    [Theory]
    [InlineData("Coach: {|TS4301:It took real courage to tell your co-founder you were struggling.|}")]
    [InlineData("Coach: {|TS4301:That's an important realisation.|}")]
    [InlineData("Coach: {|TS4301:You've done a lot of thinking since last time.|}")]
    [InlineData("Coach: {|TS4301:Thank you for pushing back on me there.|}")]
    [InlineData("Coach: {|TS4301:You stayed calm and kept asking questions, and that's a skill.|}")]
    [InlineData("Coach: {|TS4301:You got there yourself.|} What now?")]
    [InlineData("Coach: {|TS4301:That's an important distinction you've just drawn.|}")]
    [InlineData("Coach: {|TS4301:I want to recognise how honest you were today.|}")]
    [InlineData("Coach: {|TS4301:That takes some nerve at your age.|}")]
    [InlineData("Coach: {|TS4301:That's quite a shift in how you see him.|}")]
    [InlineData("Coach: {|TS4301:You've built a plan with three steps in it.|} How does it sit?")]
    public async Task Specific_acknowledgement_of_the_client_fires(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: Great. Next question: what's the budget?")]
    [InlineData("Coach: Your manager handled that really well.")]
    [InlineData("Coach: Lucky that the client turned up.")]
    [InlineData("Coach: Thanks for sending the agenda.")]
    [InlineData("Coach: It didn't take courage, it took luck.")]
    [InlineData("Client: That's an important realisation for me.")]
    [InlineData("Coach: What took courage, looking back?")]
    [InlineData("Coach: Good. Where shall we go next?")]
    [InlineData("Coach: That's fair, you know your team far better than I do.")]
    [InlineData("Coach: Let's look at what you're good at.")]
    [InlineData("Coach: You said \"that took courage\", and I'm curious who said it first.")]
    [InlineData("Coach: If you tell her on Friday, that takes courage.")]
    [InlineData("Coach: That's a big step up from your last role.")]
    public async Task Fillers_praise_of_others_courtesies_and_questions_do_not_fire(string markup) => await Verify(markup);

    [Fact]
    public async Task In_the_last_15_percent_of_the_session_TS4302_is_added()
    {
        var turns = string.Concat(Enumerable.Range(0, 9).Select(i => $"Coach: What else?\nClient: Something more, number {i}.\n"));
        var result = await new DetectorVerifier(new AcknowledgementDetector()).VerifyAsync(
            "Coach: {|TS4301:That's a real insight.|}\nClient: Thanks.\n" + turns + "Coach: {|TS4301:{|TS4302:You've done a lot of work today.|}|}");

        result.Markers.Count(m => m.Id == "TS4302").Should().Be(1);
    }
}
