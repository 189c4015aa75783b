using System.Globalization;
using System.Text;
using TrustSafety.Analysis;
using TrustSafety.Markers;
using TrustSafety.Reading;
using TrustSafety.Reporting.Text;

namespace TrustSafety.Cli.Tests;

public sealed class TextReportTests
{
    private const string TimedJsonTranscript = """
        {
          "format": "trustsafety-transcript",
          "speakers": [ { "id": "c", "name": "Coach", "role": "coach" }, { "id": "k", "name": "Kim", "role": "client" } ],
          "utterances": [
            { "speaker": "c", "text": "What happened? Who was there? How did it feel?", "start": 3725, "end": 3730 },
            { "speaker": "k", "text": "It was hard, and I did not expect it.", "start": 3731, "end": 3741 }
          ]
        }
        """;

    [Theory]
    [InlineData(0, "00:00:00")]
    [InlineData(3723, "01:02:03")]
    [InlineData(90000, "25:00:00")]
    public void Times_are_written_as_hours_minutes_and_seconds(int seconds, string expected) =>
        TextReport.FormatTime(TimeSpan.FromSeconds(seconds)).Should().Be(expected);

    [Fact]
    public void An_unknown_time_is_written_as_dashes() =>
        TextReport.FormatTime(null).Should().Be("--:--:--");

    [Fact]
    public async Task A_timed_transcript_shows_the_marker_time_talk_time_share_and_duration()
    {
        var report = await ReportAsync(TimedJsonTranscript, "timed.json");

        report.Should().Contain("Format:           json")
            .And.Contain("Coach talk-time share:  33.3%")
            .And.Contain("Duration:               00:00:16")
            .And.Contain("01:02:05  turn 0  - TS4003 warning  (")
            .And.Contain("The coach asks 3 questions in a row without waiting for an answer.")
            .And.Contain("\"What happened? Who was there? How did it feel?\"");
    }

    [Fact]
    public async Task An_untimed_transcript_leaves_out_talk_time_and_shows_unknown_times()
    {
        var report = await ReportAsync("Coach: What happened? Who was there? How did it feel?\nClient: It was hard, and honestly I still do not know what to make of all of it.\n", "untimed.txt");

        report.Should().Contain("--:--:--  turn 0  - TS4003").And.NotContain("talk-time").And.NotContain("Duration");
    }

    [Fact]
    public async Task A_session_level_marker_is_shown_as_session_without_a_quote()
    {
        var report = await ReportAsync("Coach: Hello.\nClient: Hi.\n", "session.txt", new SessionNoteDetector());

        report.Should().Contain("--:--:--  session  + TEST0001 info  (1.00)  Session note")
            .And.Contain("A note about the whole session.")
            .And.NotContain("\"\"");
    }

    [Fact]
    public async Task Guessed_roles_are_reported_with_the_diagnostic()
    {
        var report = await ReportAsync("Dana: What brings you here? What matters most?\nSam: My new job is hard and I am tired.\n", "guessed.txt");

        report.Should().Contain("Role assignment:  heuristic")
            .And.MatchRegex(@"Dana\s+coach\s+1 turn\b")
            .And.MatchRegex(@"Diagnostics: 2\s+TS0003 info  Roles were inferred");
    }

    [Fact]
    public async Task A_report_without_markers_or_diagnostics_says_none()
    {
        var report = await ReportAsync("""
            {
              "format": "trustsafety-transcript",
              "utterances": [
                { "speaker": "Coach", "text": "How are you?", "start": 1, "end": 2 },
                { "speaker": "Client", "text": "Fine, thanks, a busy week but a good one.", "start": 2.5, "end": 6 }
              ]
            }
            """, "quiet.json");

        report.Should().Contain("Markers: none").And.Contain("Diagnostics: none");
    }

    [Fact]
    public async Task A_long_quote_is_put_on_one_line_and_shortened()
    {
        var words = string.Join(' ', Enumerable.Repeat("and then we talked about the plan", 40));
        var report = await ReportAsync($"Coach: {words}.\nClient: Okay.\n", "monologue.txt");

        var quoteLine = report.Split('\n').Single(l => l.TrimStart().StartsWith("\"and then", StringComparison.Ordinal));
        quoteLine.Trim().Should().EndWith("...\"");
        quoteLine.Trim().Length.Should().BeLessThanOrEqualTo(242);
    }

    [Fact]
    public async Task The_report_does_not_depend_on_the_current_culture()
    {
        var invariant = await ReportAsync(TimedJsonTranscript, "timed.json");
        var previous = CultureInfo.CurrentCulture;
        string german;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            german = await ReportAsync(TimedJsonTranscript, "timed.json");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        german.Should().Be(invariant).And.Contain("33.3%").And.Contain("(0.");
    }

    [Fact]
    public async Task Markers_are_grouped_under_each_behaviour_they_bear_on_after_the_evidence_levels()
    {
        var report = await ReportAsync(
            "Client: I was up all night worrying about the review and I still feel sick about it now.\nCoach: That sounds really hard. What would help you most right now?\nClient: Maybe just talking it through.\n",
            "support.txt");

        var levels = report.IndexOf("Evidence levels", StringComparison.Ordinal);
        var support = report.IndexOf("  4.4 Shows support, empathy and concern", StringComparison.Ordinal);
        levels.Should().BeGreaterThan(0);
        support.Should().BeGreaterThan(levels);
        report.Should().MatchRegex(@"PCC 4\.2\s+(limited|clear)\s+\d+ evidence")
            .And.MatchRegex(@"Overall\s+(limited|clear)")
            .And.Contain("+ TS4401")
            .And.Contain("Evidence to listen for, not a credential verdict.")
            .And.NotContain("\u001b[");
    }

    [Fact]
    public async Task Colour_wraps_levels_and_markers_in_ANSI_codes_without_changing_the_text()
    {
        const string session = "Client: I keep going over it at night.\nCoach: What happened? Who was there? What did you say?\n";
        var plain = await ReportAsync(session, "colour.txt");
        var coloured = await ReportAsync(session, "colour.txt", colour: true);

        coloured.Should().Contain("\u001b[31m- TS4003").And.Contain("\u001b[0m");
        System.Text.RegularExpressions.Regex.Replace(coloured, "\u001b\\[[0-9;]*m", string.Empty).Should().Be(plain);
    }

    private static Task<string> ReportAsync(string transcriptText, string name, params IMarkerDetector[] detectors) => ReportAsync(transcriptText, name, false, detectors);

    private static async Task<string> ReportAsync(string transcriptText, string name, bool colour, params IMarkerDetector[] detectors)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(transcriptText));
        var transcript = TranscriptLoader.Default.Load(stream, name);
        var analyzer = new TranscriptAnalyzer(detectors.Length > 0 ? detectors : Markers.BuiltInMarkers.CreateDetectors());
        var result = await analyzer.AnalyzeAsync(transcript, TestContext.Current.CancellationToken);
        return TextReport.ToText(result, new TextReportOptions { Colour = colour });
    }
}
