using TrustSafety.Markers.Openness;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.Openness;

public class InterpretationAsFactDetectorTests
{
    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup) => new DetectorVerifier(new InterpretationAsFactDetector()).VerifyAsync(markup);

    [Theory]
    [InlineData("Coach: {|TS4603:The real issue is that you don't trust your team.|}")]
    [InlineData("Coach: {|TS4603:That's just fear talking.|}")]
    [InlineData("Coach: {|TS4603:You're obviously bored, not tired.|}")]
    [InlineData("Coach: {|TS4603:What's really going on is that you want her approval.|}")]
    [InlineData("Coach: {|TS4603:Isn't it obvious you're avoiding him?|}")]
    [InlineData("Coach: {|TS4603:Deep down you already know the answer.|}")]
    [InlineData("Coach: {|TS4603:You're sabotaging yourself again.|}")]
    [InlineData("Coach: Hmm. {|TS4603:This is really about your father, not the job.|}")]
    public async Task Interpretations_stated_as_fact_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: I wonder if trust is part of this. What do you think?")]
    [InlineData("Coach: You said you don't trust the new hires yet.")]
    [InlineData("Coach: I may be wrong, but the real issue might be time.")]
    [InlineData("Coach: I'm not saying you're avoiding it.")]
    [InlineData("Client: The real issue is that I don't trust my team.")]
    [InlineData("Coach: So the contract ends in June.")]
    [InlineData("Coach: Maybe what's really going on is tiredness.")]
    [InlineData("Coach: What do you think is really going on?")]
    public async Task Hedged_reflected_negated_or_client_readings_do_not_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: You two are stuck. {|TS4603:That's the real problem here.|}")]
    [InlineData("Coach: {|TS4603:Then the real problem isn't you at all.|}")]
    [InlineData("Coach: {|TS4603:You don't actually want the job.|}")]
    [InlineData("Coach: {|TS4603:The deadline is just an excuse.|}")]
    public async Task More_fact_frames_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: {|TS4603:You engineers always want the data first.|}")]
    [InlineData("Coach: {|TS4603:Nurses are natural carers, so of course you put everyone first.|}")]
    [InlineData("Coach: {|TS4603:Teachers are perfectionists.|} You all want it word-perfect.")]
    [InlineData("Coach: You're a lawyer. {|TS4603:Lawyers are trained to look for risk.|}")]
    public async Task A_stereotype_applied_to_the_client_fires(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: In Asian families the eldest often carries a lot.")]
    [InlineData("Coach: Your generation wants every job to be a mission. Anyway, where were we?")]
    [InlineData("Coach: Women founders tend to be careful, so you make sense to me.")]
    [InlineData("Coach: You told me \"the real problem is my boss\". Say more.")]
    [InlineData("Coach: I pulled us back when you'd told me clearly you wanted to stay with now.")]
    [InlineData("Coach: You've said the real issue is time. What makes it so?")]
    public async Task Stereotypes_not_applied_hedged_or_quoted_readings_do_not_fire(string markup) => await Verify(markup);
}
