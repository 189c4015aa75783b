using TrustSafety.Testing;
using TrustSafety.Transcripts;

namespace TrustSafety.Testing.Tests;

public class MarkupTranscriptTests
{
    [Fact]
    public void Markup_becomes_a_transcript_with_expected_markers_at_turn_offsets()
    {
        var parsed = MarkupTranscript.Parse("""
            // a comment
            [0 - 4.5] Client: I have been carrying this alone.
            [5 - 7] Coach: {|ACME0001:That sounds heavy.|}
            [7.5 - 9] Coach: What would {|ACME0002:help|} now?
            {|ACME0003|}
            """);

        var transcript = parsed.Transcript;
        transcript.Turns.Should().HaveCount(2);
        transcript.Turns[1].Text.Should().Be("That sounds heavy. What would help now?");
        transcript.Turns[1].Role.Should().Be(SpeakerRole.Coach);
        transcript.Turns[0].End.Should().Be(TimeSpan.FromSeconds(4.5));
        parsed.Expected.Select(e => (e.Id, e.TurnIndex, e.Span.Start, e.Quote)).Should().Equal(
            ("ACME0003", null, 0, string.Empty),
            ("ACME0001", 1, 0, "That sounds heavy."),
            ("ACME0002", 1, 30, "help"));
    }

    [Fact]
    public void Markers_may_nest()
    {
        var parsed = MarkupTranscript.Parse("Coach: {|ACME0001:{|ACME0002:That sounds hard.|} Take your time.|}");

        parsed.Expected.Select(e => e.Quote).Should().BeEquivalentTo("That sounds hard.", "That sounds hard. Take your time.");
    }

    [Fact]
    public void A_marker_may_run_over_several_lines_of_one_turn()
    {
        var parsed = MarkupTranscript.Parse("Coach: {|ACME0001:First part.\nCoach: Second part.|} Done.");

        parsed.Expected.Should().ContainSingle().Which.Quote.Should().Be("First part. Second part.");
    }

    [Fact]
    public void A_marker_spanning_two_turns_is_refused()
    {
        var act = () => MarkupTranscript.Parse("Coach: {|ACME0001:Mine.\nClient: Yours.|}");

        act.Should().Throw<FormatException>().WithMessage("Markup line 1:*spans turns 0 and 1*");
    }

    [Fact]
    public void Minutes_and_seconds_are_accepted_as_times()
    {
        var parsed = MarkupTranscript.Parse("[01:05.5 - 1:10] Coach: Hello?");

        parsed.Transcript.Turns[0].Start.Should().Be(TimeSpan.FromSeconds(65.5));
        parsed.Transcript.Turns[0].End.Should().Be(TimeSpan.FromSeconds(70));
    }

    [Theory]
    [InlineData("Coach: {|ACME0001:never closed", "is not closed")]
    [InlineData("Coach: closes nothing|}", "closes nothing")]
    [InlineData("Coach: {|not an id:text|}", "is not a marker ID")]
    [InlineData("no speaker here", "expected '[start - end] Name: text'")]
    [InlineData("[1 - x] Coach: Hi", "is not a time")]
    public void Broken_markup_is_reported_with_its_line(string markup, string message)
    {
        var act = () => MarkupTranscript.Parse(markup);

        act.Should().Throw<FormatException>().WithMessage($"Markup line 1:*{message}*");
    }

    [Fact]
    public void Names_decide_roles()
    {
        var parsed = MarkupTranscript.Parse("Coach Dana: Hi?\nClient 2: Hello.\nObserver: (notes)");

        parsed.Transcript.Turns.Select(t => t.Role).Should().Equal(SpeakerRole.Coach, SpeakerRole.Client, SpeakerRole.Other);
    }
}
