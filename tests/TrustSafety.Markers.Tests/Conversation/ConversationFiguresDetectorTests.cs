using TrustSafety.Analysis;
using TrustSafety.Markers.Conversation;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.Conversation;

public class ConversationFiguresDetectorTests
{
    private static async Task<AnalysisResult> Analyse(string markup) =>
        await new TranscriptAnalyzer([new ConversationFiguresDetector()]).AnalyzeAsync(MarkupTranscript.Parse(markup).Transcript);

    [Fact]
    public async Task Question_silence_length_and_interruption_figures_match_a_hand_count()
    {
        var result = await Analyse("""
            [0 - 4] Coach: Welcome. What would you like to look at today?
            [7 - 15] Client: The move, and how my partner and I keep arguing about the date.
            [14.5 - 17] Coach: Did you set a date? How many weeks are left? Where does the arguing start?
            [18 - 25] Client: We have six weeks and it starts whenever boxes come up.
            [26 - 28] Coach: What happens for you then?
            [29.5 - 35] Client: I go quiet.
            """);

        var f = result.Figures;
        f[ConversationFiguresDetector.CoachQuestions].Should().Be(5);
        f[ConversationFiguresDetector.OpenQuestionShare].Should().Be(0.6, "what, where and what are open; did and how many are closed");
        f[ConversationFiguresDetector.SilenceCount].Should().Be(3);
        f[ConversationFiguresDetector.SilenceMedian].Should().Be(1.5, "the silences are 3, 1 and 1.5 seconds");
        f[ConversationFiguresDetector.SilenceP25].Should().Be(1.25);
        f[ConversationFiguresDetector.SilenceP75].Should().Be(2.25);
        f[ConversationFiguresDetector.LongestCoachTurnWords].Should().Be(15);
        f[ConversationFiguresDetector.Interruptions].Should().Be(1, "the second coach turn starts 0.5 s before the client ends");
    }

    [Fact]
    public async Task Without_times_the_timing_figures_are_null_and_without_questions_the_share_is_null()
    {
        var result = await Analyse("Coach: That sounds hard.\nClient: It is, and I do not know where to begin with it.");

        result.Figures[ConversationFiguresDetector.CoachQuestions].Should().Be(0);
        result.Figures[ConversationFiguresDetector.OpenQuestionShare].Should().BeNull();
        result.Figures[ConversationFiguresDetector.SilenceMedian].Should().BeNull();
        result.Figures[ConversationFiguresDetector.SilenceCount].Should().Be(0);
        result.Figures[ConversationFiguresDetector.Interruptions].Should().BeNull();
        result.Figures[ConversationFiguresDetector.LongestCoachTurnWords].Should().Be(3);
    }
}
