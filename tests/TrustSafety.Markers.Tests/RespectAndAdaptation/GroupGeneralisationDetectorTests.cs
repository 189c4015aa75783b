using TrustSafety.Markers.RespectAndAdaptation;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.RespectAndAdaptation;

public class GroupGeneralisationDetectorTests
{
    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup) => new DetectorVerifier(new GroupGeneralisationDetector()).VerifyAsync(markup);

    [Theory]
    [InlineData("Coach: {|TS4204:Well, your generation doesn't really stay in one job, does it?|}")]
    [InlineData("Coach: {|TS4204:People your age always want the next promotion.|}")]
    [InlineData("Coach: {|TS4204:You engineers always want the data first.|}")]
    [InlineData("Coach: {|TS4204:In your culture family comes first, right?|}")]
    [InlineData("Coach: {|TS4204:That's typical of women in tech, holding back.|}")]
    [InlineData("Coach: {|TS4204:At your age the market is harder.|}")]
    [InlineData("Coach: {|TS4204:Nurses are natural carers, so of course you put everyone first.|}")]
    [InlineData("Coach: {|TS4204:People like you never ask for help.|}")]
    public async Task Generalisations_about_the_clients_group_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: {|TS4204:People your age tend to want more flexibility.|}")]
    [InlineData("Coach: {|TS4204:Maybe people your age see it differently, I wonder, what do you think?|}")]
    [InlineData("Coach: {|TS4204:You lot are trained to put yourselves last.|}")]
    [InlineData("Coach: {|TS4204:Men your age always get restless.|}")]
    [InlineData("Coach: {|TS4204:Teachers are perfectionists, it's the marking.|}")]
    [InlineData("Coach: {|TS4204:Dads of that generation want it on paper.|}")]
    public async Task Hedged_generalisations_and_more_group_frames_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: You called it \"the way we Dutch are\", and I'm curious how it plays out.")]
    [InlineData("Coach: You mentioned \"people your age always job-hop\". Who says that?")]
    [InlineData("Coach: You've said your generation wants meaning. What does it mean for you?")]
    public async Task Quoted_or_reflected_group_words_do_not_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: What does being the only woman on the site team mean for you here?")]
    [InlineData("Coach: You said your generation never stays put. How does that fit you?")]
    [InlineData("Coach: Lots of people find the first month in a new role tiring.")]
    [InlineData("Coach: I don't want to assume anything from your age.")]
    [InlineData("Client: People my age always get overlooked.")]
    [InlineData("Coach: How, if at all, does being the youngest on the board affect this?")]
    [InlineData("Coach: Which generation of the product are you on?")]
    public async Task Reflections_questions_and_normalising_do_not_fire(string markup) => await Verify(markup);
}
