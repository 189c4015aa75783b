using TrustSafety.Markers.Feelings;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.Feelings;

public class TherapyDriftDetectorTests
{
    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup) => new DetectorVerifier(new TherapyDriftDetector()).VerifyAsync(markup);

    [Theory]
    [InlineData("Coach: {|TS4504:What was your father like when you failed?|}")]
    [InlineData("Coach: {|TS4504:Walk me through exactly what happened the night he left.|}")]
    [InlineData("Coach: {|TS4504:That sounds like trauma from your first marriage; we should work through it.|}")]
    [InlineData("Coach: {|TS4504:What was it like at home when you were growing up?|}")]
    [InlineData("Coach: {|TS4504:How did that make you feel as a little boy?|}")]
    [InlineData("Coach: {|TS4504:Stay with it a moment longer.|}")]
    [InlineData("Coach: {|TS4504:When you were little, what happened when you disagreed with him?|}")]
    [InlineData("Coach: {|TS4504:How old were you?|}")]
    public async Task Digging_into_origins_pain_and_diagnosis_fires(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: What did the last redundancy teach you that you can use now?")]
    [InlineData("Coach: What's happening for you as you talk about it?")]
    [InlineData("Coach: That may be one to explore with a therapist; how would you like to use our time?")]
    [InlineData("Client: As a child I was always the responsible one.")]
    [InlineData("Coach: That sounds hard. What would help now?")]
    [InlineData("Coach: How old is the system you're replacing?")]
    [InlineData("Coach: What do you want for the next six months?")]
    [InlineData("Coach: It's not trauma, it's a tough week.")]
    public async Task Forward_links_the_present_and_boundaries_do_not_fire(string markup) => await Verify(markup);
}
