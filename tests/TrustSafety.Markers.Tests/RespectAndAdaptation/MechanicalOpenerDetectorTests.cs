using TrustSafety.Markers.RespectAndAdaptation;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.RespectAndAdaptation;

public class MechanicalOpenerDetectorTests
{
    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup) => new DetectorVerifier(new MechanicalOpenerDetector()).VerifyAsync(markup);

    [Theory]
    [InlineData("Coach: {|TS4203:So what I hear you saying is that the band matters more than the money.|}")]
    [InlineData("Coach: {|TS4203:If I understand you correctly, you'd rather teach part-time.|}")]
    [InlineData("Coach: Okay. {|TS4203:What I'm hearing is a lot of pressure from both sides.|}")]
    [InlineData("Coach: {|TS4203:Let me see if I've got this right: the move is off for now?|}")]
    [InlineData("Coach: {|TS4203:If I'm hearing you correctly, the deadline is the real worry.|}")]
    [InlineData("Coach: {|TS4203:So what you're saying is you want out.|} Is that fair?")]
    [InlineData("Coach: {|TS4203:To paraphrase what you said, it's the silence that hurts.|}")]
    [InlineData("Coach: {|TS4203:Let me reflect back what I heard: three options, none of them easy.|}")]
    public async Task Stock_reflective_formulas_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: It sounds like the band still matters a lot to you.")]
    [InlineData("Coach: I hear you. That's a rough week.")]
    [InlineData("Client: So what I hear you saying is that I should wait?")]
    [InlineData("Coach: I hear how tired you are.")]
    [InlineData("Coach: The band, and the money. Which matters more?")]
    [InlineData("Coach: I'm not saying what you're saying is wrong.")]
    [InlineData("Coach: What are you hearing from your team?")]
    [InlineData("Coach: Do I understand the timeline? It's the fourth?")]
    public async Task Natural_reflections_and_client_turns_do_not_fire(string markup) => await Verify(markup);

    [Fact]
    public async Task Confidence_rises_as_the_habit_repeats_in_the_session()
    {
        var result = await Verify("""
            Coach: {|TS4203:So what I hear you saying is that it matters.|}
            Client: Yes.
            Coach: {|TS4203:If I understand you correctly, you want more.|}
            Client: Yes.
            Coach: {|TS4203:What I'm hearing is frustration.|}
            """);

        result.Markers.Select(m => m.Confidence).Should().Equal(0.7, 0.85, 0.95);
        result.Markers[2].Message.Should().Contain("use 3 in this session");
    }
}
