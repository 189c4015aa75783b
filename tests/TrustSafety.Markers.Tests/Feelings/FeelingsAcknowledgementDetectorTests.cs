using TrustSafety.Markers.Feelings;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.Feelings;

public class FeelingsAcknowledgementDetectorTests
{
    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup) =>
        new DetectorVerifier(new FeelingsAcknowledgementDetector()).VerifyAsync(markup);

    [Theory]
    [InlineData("Client: I finally said no to the board.\nCoach: {|TS4501:You sound proud of that.|}")]
    [InlineData("Client: Part of me wants to go, part of me wants to stay.\nCoach: {|TS4501:No wonder you're torn.|} What matters most?")]
    [InlineData("Client: If I miss the deadline they'll drop me.\nCoach: {|TS4501:You're worried this one decides everything.|}")]
    public async Task Keyword_acknowledgements_fire_on_the_sentence(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Client: Can we meet next week?\nCoach: How do you feel about Tuesday?")]
    [InlineData("Client: I was furious.\nCoach: I'm not saying you're worried.")]
    [InlineData("Coach: You sound proud of that.")]
    [InlineData("Coach: Hello.\nClient: No wonder you're torn.")]
    public async Task Questions_negations_and_turns_without_a_client_turn_before_do_not_fire(string markup) => await Verify(markup);
}
