using TrustSafety.Markers.Conversation;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.Conversation;

public class TalkShareDetectorTests
{
    private static string Words(int count) => string.Join(' ', Enumerable.Repeat("word", count)) + ".";

    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup) => new DetectorVerifier(new TalkShareDetector()).VerifyAsync(markup);

    private static string Session(params (string Speaker, int Words)[] turns) =>
        string.Join('\n', turns.Select(t => $"{t.Speaker}: {Words(t.Words)}"));

    [Theory]
    [InlineData(60, 40)]
    [InlineData(51, 49)]
    [InlineData(200, 10)]
    [InlineData(90, 30)]
    public async Task A_coach_with_more_than_half_the_words_fires_on_the_session(int coach, int client)
    {
        var result = await Verify("{|TS4001|}\n" + Session(("Coach", coach / 2), ("Client", client / 2), ("Coach", coach - (coach / 2)), ("Client", client - (client / 2))));

        result.Markers.Single().Message.Should().Contain($"{Math.Round(100.0 * coach / (coach + client)):0}% of the words over the session");
    }

    [Fact]
    public async Task A_coach_dominated_stretch_of_ten_turns_fires_even_when_the_session_is_balanced()
    {
        var turns = new List<(string, int)>();
        for (var i = 0; i < 10; i++)
        {
            turns.Add(("Coach", 5));
            turns.Add(("Client", 60));
        }

        for (var i = 0; i < 5; i++)
        {
            turns.Add(("Coach", 40));
            turns.Add(("Client", 4));
        }

        var result = await Verify("{|TS4001|}\n" + Session([.. turns]));

        var marker = result.Markers.Single();
        marker.RelatedLocations.Should().HaveCount(10);
        marker.Properties["worstWindowStart"].Should().Be("20");
        marker.Message.Should().Contain("of the words in turns 20-29");
    }

    [Fact]
    public async Task More_talk_time_fires_even_with_fewer_words()
    {
        await Verify("""
            {|TS4001|}
            [0 - 30] Coach: Well. Hmm. Let me think about that one for a moment.
            [31 - 40] Client: I want to talk about my manager and the review and what it means for me this year.
            """);
    }

    [Fact]
    public async Task Other_speakers_do_not_count_toward_the_share()
    {
        await Verify("{|TS4001|}\n" + Session(("Observer", 500), ("Coach", 30), ("Client", 20)));
    }

    [Theory]
    [InlineData(40, 60)]
    [InlineData(50, 50)]
    [InlineData(10, 200)]
    [InlineData(49, 51)]
    public async Task A_coach_with_half_the_words_or_fewer_does_not_fire(int coach, int client) =>
        await Verify(Session(("Coach", coach), ("Client", client)));

    [Fact]
    public async Task A_long_coach_turn_in_a_client_led_session_does_not_fire()
    {
        var turns = new List<(string, int)>();
        for (var i = 0; i < 8; i++)
        {
            turns.Add(("Coach", i == 4 ? 140 : 8));
            turns.Add(("Client", 90));
        }

        await Verify(Session([.. turns]));
    }

    [Fact]
    public async Task A_session_without_coach_words_does_not_fire() => await Verify(Session(("Client", 30), ("Observer", 50)));

    [Fact]
    public async Task A_short_exchange_without_a_full_window_is_judged_on_the_session_share_only() =>
        await Verify(Session(("Coach", 10), ("Client", 12), ("Coach", 9), ("Client", 11)));
}
