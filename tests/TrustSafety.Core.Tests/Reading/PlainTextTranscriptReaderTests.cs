using TrustSafety.Reading.PlainText;
using TrustSafety.Transcripts;

namespace TrustSafety.Core.Tests.Reading;

public class PlainTextTranscriptReaderTests
{
    private static Transcript Read(string text) => new PlainTextTranscriptReader().Read(new StringReader(text), "s.txt");

    [Fact]
    public void Speaker_lines_with_times_continuations_and_blank_lines_become_turns()
    {
        var transcript = Read("""
            [00:00:05] Coach: Welcome back.
            What shall we look at?

            [01:10] Client: The offer.
            (1:15.5) Client: It weighs on me.
            Coach: Say more.
            """);

        transcript.Turns.Should().HaveCount(3);
        transcript.Turns[0].Text.Should().Be("Welcome back. What shall we look at?");
        transcript.Turns[0].Start.Should().Be(TimeSpan.FromSeconds(5));
        transcript.Turns[1].Text.Should().Be("The offer. It weighs on me.");
        transcript.Turns[1].Utterances.Select(u => u.Start).Should().Equal(TimeSpan.FromSeconds(70), TimeSpan.FromSeconds(75.5));
        transcript.Turns[1].End.Should().BeNull("the plain format has start times only");
        transcript.Turns[2].Start.Should().BeNull();
        transcript.Source.Format.Should().Be("plain");
    }

    [Fact]
    public void Characters_map_back_to_their_line_and_column_through_continuation_lines()
    {
        var transcript = Read("[00:05] Coach: Welcome back.\r\n  What now?\r\n");
        var turn = transcript.Turns[0];

        turn.MapToSource(0)!.Value.Should().Be(new SourcePosition(1, 16, 15));
        var what = turn.Text.IndexOf("What", StringComparison.Ordinal);
        turn.MapToSource(what + 1)!.Value.Should().Be(new SourcePosition(2, 4, 33));
    }

    [Fact]
    public void Clock_times_and_links_in_the_text_are_not_speakers()
    {
        var transcript = Read("Coach: Shall we meet at\n10:30 tomorrow? See https://example.org for the notes.");

        transcript.Turns.Should().ContainSingle().Which.Text.Should().Contain("10:30 tomorrow?");
    }

    [Fact]
    public void A_bracketed_aside_with_a_clock_time_continues_the_turn()
    {
        var transcript = Read("Coach: We said we'd meet\n(10:30 on Friday) to review it.");

        transcript.Turns.Should().ContainSingle().Which.Text.Should().Be("We said we'd meet (10:30 on Friday) to review it.");
    }

    [Fact]
    public void Text_before_the_first_speaker_is_an_error_with_its_position()
    {
        var act = () => Read("\n   Session notes\nCoach: Hi.");

        act.Should().Throw<TranscriptFormatException>().Where(e => e.Line == 2 && e.Column == 4).WithMessage("s.txt(2,4): expected a speaker line*");
    }

    [Fact]
    public void An_invalid_time_is_an_error_with_its_position()
    {
        var act = () => Read("Coach: Hi.\n[00:75] Client: Hello.");

        act.Should().Throw<TranscriptFormatException>().Where(e => e.Line == 2 && e.Column == 1).WithMessage("*'00:75' is not a valid time*");
    }

    [Fact]
    public void A_speaker_line_without_text_is_an_error()
    {
        var act = () => Read("Coach: Hi.\nClient:\nCoach: Well?");

        act.Should().Throw<TranscriptFormatException>().Where(e => e.Line == 2).WithMessage("*empty*");
    }

    [Fact]
    public void Detection_is_confident_only_when_the_text_starts_with_a_speaker_line()
    {
        var reader = new PlainTextTranscriptReader();

        reader.Detect("Coach: Hi.\nClient: Hello.").Should().BeGreaterThanOrEqualTo(50);
        reader.Detect("{\"utterances\": []}").Should().Be(0);
    }
}
