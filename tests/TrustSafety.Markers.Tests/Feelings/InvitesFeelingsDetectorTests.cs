using TrustSafety.Markers.Feelings;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.Feelings;

public class InvitesFeelingsDetectorTests
{
    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup) => new DetectorVerifier(new InvitesFeelingsDetector()).VerifyAsync(markup);

    [Theory]
    [InlineData("Coach: {|TS4502:What's coming up for you?|}")]
    [InlineData("Coach: {|TS4502:How are you feeling about the audition now?|}")]
    [InlineData("Coach: {|TS4502:What worries you most about it?|}")]
    [InlineData("Coach: {|TS4502:What's your sense of where this is going?|}")]
    [InlineData("Coach: {|TS4502:What would you suggest?|}")]
    [InlineData("Coach: A me thing. {|TS4502:Say more about that.|}")]
    [InlineData("Coach: {|TS4502:What's it like to admit that you want to leave?|}")]
    [InlineData("Coach: {|TS4502:What's your own view of the offer, apart from your parents'?|}")]
    public async Task Invitations_to_share_feelings_and_views_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: How do you feel about Tuesday for our next call?")]
    [InlineData("Coach: What will you do first?")]
    [InlineData("Coach: What would you like to work on today?")]
    [InlineData("Coach: What options do you see?")]
    [InlineData("Client: How are you feeling, by the way?")]
    [InlineData("Coach: I feel we should wrap up.")]
    [InlineData("Coach: It's not what worries you that matters here.")]
    [InlineData("Coach: How do you feel about moving our session to Thursday?")]
    public async Task Logistics_plans_and_statements_do_not_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: Exciting and scary. {|TS4502:I'm curious what the scary bit is for you.|}")]
    [InlineData("Coach: {|TS4502:Could you say a bit more about that?|}")]
    [InlineData("Coach: {|TS4502:Whose voice is it that says you can't?|}")]
    [InlineData("Coach: {|TS4502:What's it been like, carrying that on your own?|}")]
    [InlineData("Coach: {|TS4502:What do you notice as you say it out loud?|}")]
    [InlineData("Coach: {|TS4502:How does that land for you, hearing yourself say it?|}")]
    public async Task Requests_in_statement_form_and_wider_wordings_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: I might be wrong, but I notice you speed up when you talk about the code. What do you make of that?")]
    [InlineData("Coach: Can I offer a thought? I wonder if it's less about the money. How does that sit with you?")]
    [InlineData("Coach: What was it like at home when you were growing up?")]
    [InlineData("Coach: How do you feel about the fifteenth, at six?")]
    [InlineData("Coach: How do you feel about meeting again in a fortnight?")]
    [InlineData("Coach: I'm wondering if we should stop there.")]
    public async Task Responses_to_the_coach_offering_drift_and_dates_do_not_fire(string markup) => await Verify(markup);
}
