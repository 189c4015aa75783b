using TrustSafety.Markers.Openness;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.Openness;

public class TransparencyDetectorTests
{
    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup) => new DetectorVerifier(new TransparencyDetector()).VerifyAsync(markup);

    [Theory]
    [InlineData("Coach: {|TS4602:Honestly, I'm not sure where to take this next.|} What feels useful?")]
    [InlineData("Coach: {|TS4602:I'm going to pause us, because we keep circling.|}")]
    [InlineData("Coach: {|TS4602:I notice I'm tempted to give advice, so I'll hold back.|}")]
    [InlineData("Coach: {|TS4602:I think I misread you a moment ago.|} Sorry.")]
    [InlineData("Coach: {|TS4602:I jumped to a solution there.|} Let's go back.")]
    [InlineData("Coach: {|TS4602:That's on me, I rushed us.|}")]
    [InlineData("Coach: {|TS4602:Before we begin, a word on how I work.|}")]
    [InlineData("Coach: {|TS4602:I want to be upfront that I know your manager a little.|}")]
    public async Task Uncertainty_process_and_owned_mistakes_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: Right, ten minutes left.")]
    [InlineData("Coach: I feel we should wrap up.")]
    [InlineData("Client: I'm not sure where to take this.")]
    [InlineData("Coach: You jumped to a solution there.")]
    [InlineData("Coach: How do you work best?")]
    [InlineData("Coach: That came out really clearly.")]
    [InlineData("Coach: What would you take back, if you could?")]
    [InlineData("Coach: Where does the pressure come from?")]
    public async Task Logistics_the_clients_words_and_questions_do_not_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: {|TS4602:Sorry, I talked over you.|}")]
    [InlineData("Coach: {|TS4602:Sorry, that was two questions.|} Which one matters more?")]
    [InlineData("Coach: {|TS4602:That was a clumsy thing to say.|}")]
    [InlineData("Coach: {|TS4602:I said that too confidently.|} Let me offer it again.")]
    [InlineData("Coach: {|TS4602:My job is to ask, not to tell.|}")]
    [InlineData("Coach: {|TS4602:I'm not sure I follow.|} Can you say it another way?")]
    public async Task Apologies_corrections_and_role_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: I'm sorry, that sounds really hard.")]
    [InlineData("Coach: Oh, sorry to hear that.")]
    [InlineData("Coach: You pushed back on me when I misread you, and that took courage.")]
    public async Task Sympathy_and_a_slip_in_a_when_clause_do_not_fire(string markup) => await Verify(markup);
}
