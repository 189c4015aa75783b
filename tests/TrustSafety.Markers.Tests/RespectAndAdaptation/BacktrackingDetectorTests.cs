using System.Globalization;
using TrustSafety.Markers.RespectAndAdaptation;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.RespectAndAdaptation;

public class BacktrackingDetectorTests
{
    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup) => new DetectorVerifier(new BacktrackingDetector()).VerifyAsync(markup);

    // The coach reuses a salient word or short phrase of the client's (rare, repeated, emphasised, loaded
    // or a metaphor), verbatim or with inflection and I -> you, from one of the client's last three turns.
    // The marker sits on the reused words in the coach turn; a parroted sentence does not hide a short
    // salient reuse in the same turn.
    [Theory]
    [InlineData("Client: My manager keeps moving the goalposts on the promotion.\nCoach: {|TS4201:Moving the goalposts|}. What does that look like from where you sit?")]
    [InlineData("Client: Honestly, it's the same loop every week.\nCoach: Tell me more.\nClient: I'm a hamster on a wheel.\nCoach: What would stepping off the {|TS4201:wheel|} give you?")]
    [InlineData("Client: Every review, it's the same word: abrasive.\nCoach: Who says it?\nClient: My director. Abrasive, abrasive, abrasive.\nCoach: What do you make of {|TS4201:abrasive|}?")]
    [InlineData("Client: I'm dreading the handover next month.\nCoach: {|TS4201:You're dreading|} it. What's the worst part?")]
    [InlineData("Client: At work I'm always putting out fires. There's no time for the real job.\nCoach: If you stopped {|TS4201:putting out fires|} for a week, what would happen?")]
    [InlineData("Client: My partner calls it my \"side quest\". I call it the only thing keeping me sane.\nCoach: Tell me about the {|TS4201:side quest|}.")]
    [InlineData("Client: The new role feels like wearing someone else's coat.\nCoach: Say more.\nClient: It's the hours, mostly.\nCoach: Mm-hm.\nClient: And the travel.\nCoach: Whose {|TS4201:coat|} is it?")]
    [InlineData("Client: I keep shrinking in meetings when the VP speaks.\nCoach: What happens just before you {|TS4201:shrink|}?")]
    [InlineData("Client: We talked about the budget already.\nCoach: Right.\nClient: Mostly I feel like a tightrope walker with no net.\nCoach: How long have you been on the {|TS4201:tightrope|}?")]
    [InlineData("Client: I can't keep saying yes to every single request. It's a conveyor belt.\nCoach: You can't keep saying yes to every single request. What is the {|TS4201:conveyor belt|} doing to you?")]
    public async Task Reused_salient_client_words_fire(string markup) => await Verify(markup);

    // Each case targets one rule: paraphrase or synonym, function words only, an everyday topic word,
    // names (also possessive), an echo of 8 or more words (parroting), words the coach brought in first,
    // and words found only in a client turn older than the last three.
    [Theory]
    [InlineData("Client: I'm juggling three jobs and it's exhausting.\nCoach: That's a lot on your plate. Which one takes most of your energy?")]
    [InlineData("Client: My brain is mush by four o'clock.\nCoach: So you're worn out by late afternoon.")]
    [InlineData("Client: I don't know if I can do it all on my own.\nCoach: What would you need to do it?")]
    [InlineData("Client: The meeting with the board ran over again.\nCoach: What came out of the meeting?")]
    [InlineData("Client: Honestly, Graham decides everything before we even meet.\nCoach: What is it like working with Graham?")]
    [InlineData("Client: I can't keep saying yes to every single request.\nCoach: You can't keep saying yes to every single request.")]
    [InlineData("Coach: What's the bottleneck right now?\nClient: The bottleneck is sign-off from legal.\nCoach: Where does the bottleneck start?")]
    [InlineData("Client: My inbox is a bottomless pit.\nCoach: Okay.\nClient: Then there are the Slack pings.\nCoach: Mm.\nClient: And the calendar invites.\nCoach: Go on.\nClient: That's about it.\nCoach: What would it take to climb out of that bottomless pit?")]
    [InlineData("Client: Honestly, Graham decides everything before we meet.\nCoach: What's Graham's view of your role?")]
    public async Task Paraphrase_function_words_names_parroting_and_old_or_coach_words_do_not_fire(string markup) => await Verify(markup);

    [Fact]
    public async Task The_marker_relates_the_clients_own_words_with_a_confidence_from_their_salience()
    {
        var result = await Verify("""
            Client: I'm stuck on the treadmill. Same treadmill, every single quarter.
            Coach: What would getting off the {|TS4201:treadmill|} look like?
            """);

        var marker = result.Markers.Single();
        var related = marker.RelatedLocations.Should().ContainSingle().Subject;
        related.TurnIndex.Should().Be(0);
        result.Quote(related).Should().Be("treadmill");
        marker.Properties["clientWords"].Should().Be("treadmill");
        var salience = double.Parse(marker.Properties["salience"], CultureInfo.InvariantCulture);
        salience.Should().BeGreaterThan(1.0, "an unlisted word the client repeated is rare and emphasised by repetition");
        marker.Confidence.Should().BeInRange(0.6, 0.9).And.Be(Math.Round(Math.Min(0.9, 0.6 + ((salience - 0.8) / 2)), 2));
    }

    [Fact]
    public async Task A_repeated_loaded_phrase_gets_more_confidence_than_a_single_rare_word()
    {
        var single = await Verify("Client: I'm a hamster on a wheel.\nCoach: What would stepping off the {|TS4201:wheel|} give you?");
        var loaded = await Verify("Client: There's a knot in my stomach. That knot again, every Sunday.\nCoach: When does that {|TS4201:knot|} start?");

        loaded.Markers.Single().Confidence.Should().BeGreaterThan(single.Markers.Single().Confidence);
    }
}
