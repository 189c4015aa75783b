using Microsoft.Extensions.Options;
using TrustSafety.Markers.Conversation;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.Conversation;

public class MonologueDetectorTests
{
    private static string Words(int count, string word = "really") => string.Join(' ', Enumerable.Repeat(word, count));

    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup, int maxWords = 120) =>
        new DetectorVerifier(new MonologueDetector(Options.Create(new MonologueOptions { MaxWords = maxWords }))).VerifyAsync(markup);

    [Theory]
    [InlineData(121)]
    [InlineData(150)]
    [InlineData(240)]
    [InlineData(500)]
    public async Task A_coach_turn_over_the_limit_fires_on_the_whole_turn(int count) =>
        await Verify($"Client: Hi.\nCoach: {{|TS4008:{Words(count)}.|}}");

    [Fact]
    public async Task Words_across_merged_utterances_count_together()
    {
        await Verify($$"""
            Coach: {|TS4008:{{Words(70)}}.
            Coach: {{Words(70, "truly")}}.|}
            """);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(60)]
    [InlineData(119)]
    [InlineData(120)]
    public async Task A_coach_turn_at_or_under_the_limit_does_not_fire(int count) =>
        await Verify($"Coach: {Words(count)}.");

    [Fact]
    public async Task A_long_client_turn_does_not_fire() => await Verify($"Client: {Words(400)}.");

    [Fact]
    public async Task Punctuation_does_not_count_as_words() => await Verify($"Coach: {string.Join(", ", Enumerable.Repeat("yes", 120))}!!!");

    [Fact]
    public async Task The_limit_is_configurable_and_confidence_rises_to_twice_the_limit()
    {
        var justOver = await Verify($"Coach: {{|TS4008:{Words(41)}|}}", maxWords: 40);
        var doubled = await Verify($"Coach: {{|TS4008:{Words(80)}|}}", maxWords: 40);

        justOver.Markers.Single().Confidence.Should().BeApproximately(0.61, 0.005);
        doubled.Markers.Single().Confidence.Should().Be(0.95);
        doubled.Markers.Single().Message.Should().Be("The coach speaks 80 words in one turn (more than 40).");
    }

    [Fact]
    public async Task A_long_contracting_turn_in_the_opening_is_exempt_but_the_same_turn_later_is_not()
    {
        var contracting = "Before we start, a word on how I work. " + Words(130) + " Everything you say stays between us.";
        var early = $"Coach: {contracting}\nClient: Fine.\nCoach: Go on.\nClient: Well.";
        var padding = string.Concat(Enumerable.Repeat("Client: Yes.\nCoach: And?\n", 12));
        var late = $"{padding}Client: Fine.\nCoach: {{|TS4008:{contracting}|}}";

        await Verify(early);
        await Verify(late);
    }
}
