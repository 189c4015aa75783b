using TrustSafety.Markers.Empathy;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.Empathy;

public class CaretakingDetectorTests
{
    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup) => new DetectorVerifier(new CaretakingDetector()).VerifyAsync(markup);

    [Theory]
    [InlineData("Coach: {|TS4402:You need to put your foot down with your brother.|}")]
    [InlineData("Coach: {|TS4402:Don't stress, I'll send you my slides and you can use those.|}")]
    [InlineData("Coach: {|TS4402:If I were you, I'd take the offer.|}")]
    [InlineData("Coach: {|TS4402:Don't worry, it'll all work out.|}")]
    [InlineData("Coach: {|TS4402:Leave it with me and I'll talk to her.|}")]
    [InlineData("Coach: {|TS4402:Shouldn't you just tell him?|}")]
    [InlineData("Coach: {|TS4402:What you should do is write it all down tonight.|}")]
    [InlineData("Coach: {|TS4402:You have to stop apologising.|}")]
    public async Task Rescuing_directing_and_unrequested_advice_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: You don't need to decide today.")]
    [InlineData("Coach: You don't have to have this figured out.")]
    [InlineData("Coach: I have an idea; would you like to hear it? You could try a trial month.")]
    [InlineData("Coach: You said you need to call her on Monday.")]
    [InlineData("Client: You need to tell me what to do.")]
    [InlineData("Coach: What do you think you need?")]
    [InlineData("Coach: Would it be useful if I shared what other founders have tried? One option is to pause hiring.")]
    [InlineData("Coach: What would you like to do next?")]
    public async Task Freedom_permission_reflection_and_questions_do_not_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: {|TS4402:You two need to agree before the board meeting.|}")]
    [InlineData("Coach: {|TS4402:Leave that with me, I'll make a call this week.|}")]
    [InlineData("Coach: {|TS4402:Trust me, you won't miss it.|}")]
    [InlineData("Coach: {|TS4402:Make sure you get it in writing.|}")]
    [InlineData("Coach: {|TS4402:Honestly, you're better off without them.|}")]
    public async Task More_ways_of_telling_and_taking_over_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: What do you need to have ready by Thursday?")]
    [InlineData("Coach: When do you have to give them an answer?")]
    [InlineData("Coach: What's it like, feeling you have to choose?")]
    [InlineData("Coach: Your mum's line was \"you have to be strong\", and it stuck.")]
    [InlineData("Coach: If a friend told you you need to rest, what would you tell them?")]
    [InlineData("Coach: I'll email you the notes tonight.")]
    public async Task Directives_in_questions_quotes_reports_and_logistics_do_not_fire(string markup) => await Verify(markup);
}
