using TrustSafety.Diagnostics;
using TrustSafety.Reading.Srt;
using TrustSafety.Transcripts;

namespace TrustSafety.Core.Tests.Reading;

public class SrtTranscriptReaderTests
{
    private static Transcript Read(string text) => Fixture.Read(new SrtTranscriptReader(), text);

    [Fact]
    public void An_SRT_with_BOM_CRLF_tags_and_both_separators_reads_as_a_person_would()
    {
        var transcript = Fixture.Load("crlf-bom.srt");

        transcript.Source.Format.Should().Be("srt");
        transcript.Turns.Select(t => (t.Speaker.Id, t.Text)).Should().Equal(
            ("Coach", "Where would you like to start?"),
            ("Client", "Honestly? With the move. It feels heavy. The boxes are still packed."),
            ("Coach", "Heavy how?"),
            ("Unknown", "- Like lead. - Go on."));
        transcript.Turns[1].Start.Should().Be(TimeSpan.FromSeconds(5.1));
        transcript.Turns[1].End.Should().Be(TimeSpan.FromSeconds(12.5));
        transcript.Turns[1].Utterances.Select(u => u.Id).Should().Equal("2", "3");
        transcript.Speakers.Single(s => s.Id == "Unknown").Role.Should().Be(SpeakerRole.Other);
        transcript.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.UnknownSpeaker);
    }

    [Fact]
    public void Characters_map_back_through_stripped_tags()
    {
        var turn = Fixture.Load("crlf-bom.srt").Turns[1];

        turn.MapToSource(0)!.Value.Should().Match<SourcePosition>(p => p.Line == 7 && p.Column == 12);
        var it = turn.Text.IndexOf("It feels", StringComparison.Ordinal);
        turn.MapToSource(it)!.Value.Should().Match<SourcePosition>(p => p.Line == 8 && p.Column == 7);
    }

    [Fact]
    public void A_missing_sequence_number_and_final_blank_line_are_accepted_and_detected()
    {
        const string text = "00:00:01,000 --> 00:00:02,000\nCoach: Hi?\n\n00:00:03,000 --> 00:00:04,000\nClient: Hello.";

        Read(text).Turns.Should().HaveCount(2);
        new SrtTranscriptReader().Detect(text).Should().Be(70);
        TrustSafety.Reading.TranscriptLoader.Default.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "x.txt").Source.Format.Should().Be("srt");
    }

    [Fact]
    public void Overlap_with_ones_own_previous_cue_and_times_going_backwards_are_kept_and_reported()
    {
        var transcript = Read("1\n00:00:05,000 --> 00:00:09,000\nCoach: One.\n\n2\n00:00:08,000 --> 00:00:10,000\nCoach: Two.\n\n3\n00:00:07,000 --> 00:00:11,000\nClient: Three.");

        transcript.Turns[0].Utterances.Should().HaveCount(2);
        transcript.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.SelfOverlap && d.Location!.Line == 7);
        transcript.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.TimeGoesBackwards && d.Location!.Line == 11 && d.Location.TurnIndex == 1);
    }

    [Theory]
    [InlineData("1\n00:00:01,000 --> 00:00:0x,000\nA: Hi", 2, 18, "expected an end time")]
    [InlineData("1\n00:00:01 --> 00:00:02,000\nA: Hi", 2, 1, "expected a start time")]
    [InlineData("one\n00:00:01,000 --> 00:00:02,000\nA: Hi", 1, 1, "expected a subtitle number")]
    [InlineData("1\nA: Hi", 2, 1, "expected a timing line")]
    public void Malformed_SRT_is_reported_at_its_line_and_column(string text, int line, int column, string message)
    {
        var act = () => Read(text);

        act.Should().Throw<TranscriptFormatException>().Where(e => e.Line == line && e.Column == column).WithMessage($"*{message}*");
    }
}
