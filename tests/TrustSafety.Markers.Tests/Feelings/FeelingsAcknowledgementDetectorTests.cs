using Microsoft.Extensions.Options;
using TrustSafety.Markers.Feelings;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.Feelings;

public class FeelingsAcknowledgementDetectorTests
{
    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup) =>
        new DetectorVerifier(new FeelingsAcknowledgementDetector()).VerifyAsync(markup);

    private static Task<TrustSafety.Analysis.AnalysisResult> VerifyKeywords(string markup) =>
        new DetectorVerifier(new FeelingsAcknowledgementDetector(Options.Create(new FeelingsAcknowledgementOptions { Method = FeelingsMethod.Keywords }))).VerifyAsync(markup);

    // Clear positives of several kinds (docs/feelings-labelling.md), with the built-in model at its default
    // threshold. Clear positives it scores below the threshold are listed in docs/model-card.md.
    [Theory]
    [InlineData("Client: I finally told my sister I can't host Christmas again, and I feel awful about it.\nCoach: {|TS4501:You feel awful, even though it was the right call for you.|}")]
    [InlineData("Client: I'm just so tired of being the one who holds it all together.\nCoach: {|TS4501:Holding it all together, and tired of it.|}")]
    [InlineData("Client: Am I overreacting to this?\nCoach: {|TS4501:It sounds like a very understandable reaction to being passed over.|}")]
    [InlineData("Client: Honestly I feel like a fraud in that room.\nCoach: {|TS4501:Feeling like a fraud, even with everything you've delivered.|}")]
    [InlineData("Client: I really believe the team deserves better than this.\nCoach: {|TS4501:Fairness for your team matters a lot to you.|}")]
    [InlineData("Client: I keep thinking that if I slow down, everything will fall apart.\nCoach: {|TS4501:There's a belief there that it all rests on you.|}")]
    [InlineData("Client: I honestly don't know if I'm cut out for this job.\nCoach: {|TS4501:You're doubting whether you're good enough for it.|} What tells you that?")]
    public async Task Acknowledgements_of_the_clients_feelings_concerns_and_beliefs_fire(string markup) => await Verify(markup);

    // One hard negative of each kind: the same words as an acknowledgement, another act.
    [Theory]
    [InlineData("Client: Can we move Thursday? Something came up at work.\nCoach: Sure. How do you feel about Friday at ten instead?")]
    [InlineData("Client: I think that's everything I wanted to cover.\nCoach: I feel we should start wrapping up, then.")]
    [InlineData("Client: I told him I wasn't going to do the overtime.\nCoach: How did you feel when you said it?")]
    [InlineData("Client: I'm nervous about the interview on Monday.\nCoach: Just prepare three examples and you'll be fine.")]
    [InlineData("Client: I finished the whole report on my own.\nCoach: That's a real achievement, well done.")]
    [InlineData("Client: The move is in March and the kids change schools in April.\nCoach: So March for the move, then April for the new school.")]
    [InlineData("Client: I'd have to rebuild the whole rota from scratch.\nCoach: The whole rota.")]
    [InlineData("Client: I keep putting off the call with my landlord.\nCoach: The real issue is that you're afraid of conflict.")]
    public async Task Logistics_own_feelings_questions_advice_praise_and_paraphrase_do_not_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: You sound proud of that.")]
    [InlineData("Coach: Hello.\nClient: No wonder you're torn, honestly.")]
    public async Task Only_a_coach_turn_answering_a_client_turn_is_judged(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Client: I finally said no to the board.\nCoach: {|TS4501:You sound proud of that.|}")]
    [InlineData("Client: Part of me wants to go, part of me wants to stay.\nCoach: {|TS4501:No wonder you're torn.|} What matters most?")]
    [InlineData("Client: Can we meet next week?\nCoach: How do you feel about Tuesday?")]
    [InlineData("Client: I was furious.\nCoach: I'm not saying you're worried.")]
    public async Task The_keyword_baseline_matches_its_phrases_in_statements_that_are_not_negated(string markup) => await VerifyKeywords(markup);

    [Fact]
    public async Task The_marker_quotes_the_sentence_and_relates_the_client_turn_with_the_probability()
    {
        var result = await Verify("Client: I'm dreading the call with my brother tonight.\nCoach: Okay. {|TS4501:You're dreading it.|}");

        var marker = result.Markers.Single();
        marker.RelatedLocations.Should().ContainSingle().Which.TurnIndex.Should().Be(0);
        marker.Properties["method"].Should().Be("model");
        double.Parse(marker.Properties["probability"], System.Globalization.CultureInfo.InvariantCulture).Should().Be(marker.Confidence).And.BeGreaterThanOrEqualTo(TrustSafety.Markers.Feelings.Classifier.FeelingsClassifier.DefaultThreshold);
    }
}
