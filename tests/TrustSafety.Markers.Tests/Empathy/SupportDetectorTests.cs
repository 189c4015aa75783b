using TrustSafety.Markers.Empathy;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.Empathy;

public class SupportDetectorTests
{
    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup) => new DetectorVerifier(new SupportDetector()).VerifyAsync(markup);

    [Theory]
    [InlineData("Coach: Losing the contract a week before Christmas. {|TS4401:That's really tough.|}")]
    [InlineData("Coach: {|TS4401:What would help most right now, as you head into the hearing?|}")]
    [InlineData("Coach: {|TS4401:That sounds exhausting.|} Say more?")]
    [InlineData("Coach: {|TS4401:I'm sorry that happened to you.|}")]
    [InlineData("Coach: {|TS4401:There's no rush; we can stay with this.|}")]
    [InlineData("Coach: {|TS4401:That's a lot to carry on your own.|}")]
    [InlineData("Coach: {|TS4401:What do you need from me today?|}")]
    [InlineData("Coach: Two jobs and a newborn. {|TS4401:That is a lot.|}")]
    public async Task Recognising_difficulty_concern_and_offers_of_help_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: Sorry I'm late, the train stopped.")]
    [InlineData("Coach: Sorry to hear that. Anyway, shall we look at the budget?")]
    [InlineData("Coach: That's a lot of options to choose from.")]
    [InlineData("Client: That sounds hard, doesn't it?")]
    [InlineData("Coach: I feel we should wrap up.")]
    [InlineData("Coach: You handled that brilliantly.")]
    [InlineData("Coach: That doesn't sound hard to you, then?")]
    [InlineData("Coach: The picture is a lot clearer now.")]
    public async Task Apologies_changes_of_subject_and_amounts_do_not_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: Half a year of night shifts. {|TS4401:That's a hard thing to carry.|}")]
    [InlineData("Coach: {|TS4401:That must have stung.|}")]
    [InlineData("Coach: {|TS4401:It can't have been easy to say that out loud.|}")]
    [InlineData("Coach: {|TS4401:How are you holding up?|}")]
    [InlineData("Coach: {|TS4401:That's a lot of weight for one person.|}")]
    [InlineData("Coach: I'm sorry, I cut you off. {|TS4401:How are you with that now?|}")]
    public async Task Fresh_recognition_and_check_ins_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: You're right, and I'm sorry.")]
    [InlineData("Coach: I'm sorry, that came out as a telling-off.")]
    [InlineData("Coach: What do you need to get done by Friday?")]
    [InlineData("Coach: Oh, I'm sorry. So the budget, where are we with it?")]
    public async Task Apologies_for_the_coachs_slips_and_task_questions_do_not_fire(string markup) => await Verify(markup);
}
