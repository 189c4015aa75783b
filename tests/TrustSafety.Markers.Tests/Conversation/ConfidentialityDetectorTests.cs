using TrustSafety.Markers.Conversation;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.Conversation;

public class ConfidentialityDetectorTests
{
    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup) => new DetectorVerifier(new ConfidentialityDetector()).VerifyAsync(markup);

    [Theory]
    [InlineData("Coach: {|TS4007:Whatever you bring today stays between us.|} Where shall we begin?")]
    [InlineData("Coach: {|TS4007:Before we start: these sessions are confidential, including from your manager.|}")]
    [InlineData("Coach: {|TS4007:Your director only hears that we met, never what we discussed.|}")]
    [InlineData("Coach: {|TS4007:Nothing goes back to HR unless you choose to take it there.|}")]
    [InlineData("Coach: {|TS4007:This is a safe space, so say it however it comes out.|}")]
    [InlineData("Coach: I know that was hard to say. {|TS4007:It won't go any further than this call.|}")]
    [InlineData("Coach: {|TS4007:There's no judgement here.|} Take your time.")]
    [InlineData("Coach: {|TS4007:Just a reminder that it all stays in this room.|}")]
    public async Task Statements_of_confidentiality_or_safety_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Client: Is this confidential? I'd hate for it to get back to her.")]
    [InlineData("Coach: I should say that this conversation isn't confidential, because your company asked for a report.")]
    [InlineData("Coach: Between you and me, your boss sounds exhausting.")]
    [InlineData("Coach: What would make it feel safe to raise this with her?")]
    [InlineData("Coach: The report is due next week, so there's some pressure.")]
    [InlineData("Coach: What stays with you from the meeting?")]
    [InlineData("Coach: That space between the two meetings sounds precious.")]
    [InlineData("Coach: How did the confidentiality clause in your contract affect the decision?")]
    public async Task Similar_turns_that_do_not_promise_privacy_do_not_fire(string markup) => await Verify(markup);

    [Fact]
    public async Task One_sentence_is_reported_once_with_the_stronger_phrase_first()
    {
        var result = await Verify("Coach: {|TS4007:This is a safe space and everything is confidential.|}");

        result.Markers.Single().Confidence.Should().Be(0.9);
        result.Markers.Single().Properties["phrase"].Should().Be("confidential");
    }
}
