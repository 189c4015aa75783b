using TrustSafety.Markers.RespectAndAdaptation;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.RespectAndAdaptation;

public class PerceptualMatchingDetectorTests
{
    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup) => new DetectorVerifier(new PerceptualMatchingDetector()).VerifyAsync(markup);

    // In the client's last three turns one mode has at least 2 predicates and twice as many as any other,
    // and the coach answers with a predicate of that mode (predicates of other modes alongside do not cancel
    // it). The marker sits on the coach's first predicate of the client's mode. The longest phrase decides
    // a word's mode ("light at the end" is visual), and words the client quotes from others do not count.
    [Theory]
    [InlineData("Client: I can't picture myself in that job. It's all hazy.\nCoach: What would make it {|TS4202:clearer|}?")]
    [InlineData("Client: There's a voice in my head saying I'll blow the pitch. It gets louder every night.\nCoach: If you could turn the volume down, what would you {|TS4202:hear|} instead?")]
    [InlineData("Client: The deadline is pressing on my chest and I feel stuck.\nCoach: What would loosen that {|TS4202:grip|} a little?")]
    [InlineData("Client: It's like a fog over the whole project.\nCoach: Go on.\nClient: I can't see where it's heading.\nCoach: Mm-hm.\nClient: And the team is asking me for dates.\nCoach: If you could {|TS4202:look|} a month ahead, what would be there?")]
    [InlineData("Client: I keep telling myself it's fine. But the plan doesn't sound right any more.\nCoach: When did it start to {|TS4202:ring|} false?")]
    [InlineData("Client: Everything weighs on me. I'm carrying the whole team.\nCoach: I can see that. What would it be like to {|TS4202:hold|} only your own part?")]
    [InlineData("Client: I've lost sight of the big picture. I'm completely in the dark about what they want.\nCoach: Who could give you a {|TS4202:clearer|} view of their expectations?")]
    [InlineData("Client: Since the restructure I've felt off balance. Nothing feels solid.\nCoach: What would help you {|TS4202:feel|} more grounded?")]
    [InlineData("Client: In meetings I go quiet. Nobody listens anyway.\nCoach: What happens to your {|TS4202:voice|} in those moments?")]
    [InlineData("Client: The whole move feels dim to me. I can't picture the new flat.\nCoach: Is there any {|TS4202:light at the end|} of it?")]
    [InlineData("Client: My boss says \"I see great things\" and \"the future looks bright\". I don't feel it. It's heavy.\nCoach: What would make it {|TS4202:lighter|}?")]
    public async Task Answers_in_the_clients_dominant_mode_fire(string markup) => await Verify(markup);

    // Each case targets one rule: mixed client modes, fewer than 2 predicates, the coach in another mode,
    // stock fillers ("I see.", "Sounds good", "See you next week", "How do you feel about" logistics),
    // "Look," as a discourse marker, words inside quotes, and a lean only in a client turn older than three.
    [Theory]
    [InlineData("Client: I can see the options clearly, but they all feel heavy and I'm stuck.\nCoach: What would help you feel lighter?")]
    [InlineData("Client: The plan looks fine on paper, honestly.\nCoach: What do you imagine launch day will look like?")]
    [InlineData("Client: Everything is blurry. I can't focus on anything.\nCoach: How heavy is it to carry all that?")]
    [InlineData("Client: I can't picture it. My mind just goes blank.\nCoach: I see. And then what?")]
    [InlineData("Client: Something clicked when I heard her talk. It rang true.\nCoach: Sounds good. What's your first step?")]
    [InlineData("Client: I can't see the wood for the trees. Nothing is clear.\nCoach: Look, what matters most this week?")]
    [InlineData("Client: I still hear her voice in my head. It's so loud.\nCoach: Your mentor's motto was \"listen first\". Where are you with that now?")]
    [InlineData("Client: It's much clearer now, I can see the next step.\nCoach: Great work today. See you next week.")]
    [InlineData("Client: I feel crushed. The pressure is on all the time.\nCoach: How do you feel about moving our next session to Friday?")]
    [InlineData("Client: It's foggy. I can't picture it.\nCoach: Okay.\nClient: Work is busy.\nCoach: Mm.\nClient: The kids are busy.\nCoach: Right.\nClient: That's about it.\nCoach: What would make it clearer?")]
    public async Task Mixed_or_thin_leans_other_modes_fillers_and_quotes_do_not_fire(string markup) => await Verify(markup);

    [Fact]
    public async Task The_marker_names_the_mode_and_relates_every_client_predicate()
    {
        var result = await Verify("""
            Client: I feel crushed. The pressure never lets up and my shoulders are tight.
            Coach: Where do you {|TS4202:feel|} it most?
            """);

        var marker = result.Markers.Single();
        marker.Properties["mode"].Should().Be("kinesthetic");
        marker.Properties["coachWord"].Should().Be("feel");
        marker.Properties["clientWords"].Should().Be("feel, crushed, pressure, shoulders, tight");
        marker.RelatedLocations.Should().HaveCount(5).And.OnlyContain(l => l.TurnIndex == 0);
        marker.RelatedLocations.Select(result.Quote).Should().Equal("feel", "crushed", "pressure", "shoulders", "tight");
        marker.Confidence.Should().Be(0.8);
    }

    [Fact]
    public async Task A_lean_of_two_predicates_gets_the_lowest_confidence_and_the_message_names_the_mode()
    {
        var result = await Verify("Client: I can't picture myself in that job. It's all hazy.\nCoach: What would make it {|TS4202:clearer|}?");

        var marker = result.Markers.Single();
        marker.Properties["mode"].Should().Be("visual");
        marker.Confidence.Should().Be(0.65);
        marker.Message.Should().Contain("leans visual").And.Contain("picture, hazy");
    }
}
