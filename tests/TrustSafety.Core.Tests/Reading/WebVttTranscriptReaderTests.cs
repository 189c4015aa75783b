using TrustSafety.Diagnostics;
using TrustSafety.Reading.WebVtt;
using TrustSafety.Transcripts;

namespace TrustSafety.Core.Tests.Reading;

public class WebVttTranscriptReaderTests
{
    private static Transcript Read(string text) => Fixture.Read(new WebVttTranscriptReader(), text);

    [Fact]
    public void A_Zoom_export_gives_speakers_from_prefixes_and_merges_consecutive_cues()
    {
        var transcript = Fixture.Load("zoom.vtt");

        transcript.Source.Format.Should().Be("webvtt");
        transcript.Turns.Select(t => (t.Speaker.Name, t.Text)).Should().Equal(
            ("Dana Lee", "Good to see you again. What would you like to look at today?"),
            ("Sam Ortiz", "The reorganisation. I keep going back and forth about it. It's been on my mind all week."),
            ("Dana Lee", "Back and forth & all week. What's pulling you each way?"));
        var merged = transcript.Turns[1];
        merged.Utterances.Select(u => u.Id).Should().Equal("2", "3");
        merged.Start.Should().Be(TimeSpan.FromSeconds(6.010));
        merged.End.Should().Be(TimeSpan.FromSeconds(14.2));
        transcript.FindSpeaker("Dana Lee")!.Role.Should().Be(SpeakerRole.Coach, "the heuristic picks the speaker asking questions");
    }

    [Fact]
    public void Characters_map_back_through_prefixes_and_decoded_entities()
    {
        var turn = Fixture.Load("zoom.vtt").Turns[2];

        turn.MapToSource(0)!.Value.Should().Match<SourcePosition>(p => p.Line == 19 && p.Column == 11);
        turn.MapToSource(15)!.Value.Should().Match<SourcePosition>(p => p.Line == 19 && p.Column == 26, "the decoded '&' points at '&amp;'");
        turn.MapToSource(16)!.Value.Column.Should().Be(31);
        var first = Fixture.Load("zoom.vtt").Turns[0];
        first.MapToSource(first.Text.IndexOf("you like", StringComparison.Ordinal))!.Value.Should().Match<SourcePosition>(p => p.Line == 6 && p.Column == 1, "the second payload line");
    }

    [Fact]
    public void A_Teams_export_gives_speakers_from_voice_spans_and_skips_notes_and_styles()
    {
        var transcript = Fixture.Load("teams.vtt");

        transcript.Turns.Select(t => (t.Speaker.Name, t.Text)).Should().Equal(
            ("Sam Ortiz", "I keep going back and forth. It really matters <to me>"),
            ("Jo & Co Coaching", "What feels most alive in that?"),
            ("Sam Ortiz", "Café chats!"));
        transcript.Turns[0].Utterances[0].Id.Should().Be("3f2a9c1e-0b7d-4e21-a6c4-9d8e7f6a5b43/17-0");
        transcript.Turns[1].Start.Should().Be(TimeSpan.FromSeconds(15.7), "overlap with another speaker is kept");
        transcript.Turns[1].End.Should().Be(TimeSpan.FromSeconds(79.25));
        transcript.Turns[2].Start.Should().Be(TimeSpan.FromSeconds(3619.5));
        transcript.Diagnostics.Where(d => d.Id is DiagnosticIds.SelfOverlap or DiagnosticIds.TimeGoesBackwards).Should().BeEmpty();
    }

    [Theory]
    [InlineData("WEBVTTX\n\n00:01.000 --> 00:02.000\nHi", 1, 1, "expected the WebVTT header")]
    [InlineData("Coach: hello", 1, 1, "expected the WebVTT header")]
    [InlineData("WEBVTT\n\n00:01.00 --> 00:02.000\nA: Hi", 3, 1, "expected a start time")]
    [InlineData("WEBVTT\n\n00:60.000 --> 01:02.000\nA: Hi", 3, 1, "expected a start time")]
    [InlineData("WEBVTT\n\n00:01.000 --> 00:02\nA: Hi", 3, 15, "expected an end time")]
    [InlineData("WEBVTT\n\nid\n00:01.000 --> 00:02.000x\nA: Hi", 4, 24, "cue settings must be separated")]
    [InlineData("WEBVTT\n\n00:01.000 --> 00:02.000\nA: Hi\n\nstray text\nmore", 6, 1, "expected a cue timing line")]
    public void Malformed_VTT_is_reported_at_its_line_and_column(string text, int line, int column, string message)
    {
        var act = () => Read(text);

        act.Should().Throw<TranscriptFormatException>().Where(e => e.Line == line && e.Column == column).WithMessage($"*{message}*");
    }

    [Fact]
    public void An_empty_cue_is_skipped_with_a_diagnostic_and_a_cue_without_a_speaker_is_Unknown()
    {
        var transcript = Read("WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\n\r\n00:02.000 --> 00:03.000\r\n<i>Just words</i>\r\n");

        transcript.Turns.Should().ContainSingle().Which.Speaker.Id.Should().Be("Unknown");
        transcript.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.UnknownSpeaker && d.Location!.Line == 5);
    }

    [Fact]
    public void A_cue_with_only_white_space_is_reported_as_empty()
    {
        var transcript = Read("WEBVTT\n\n00:01.000 --> 00:02.000\n<b> </b>\n\n00:02.000 --> 00:03.000\nA: Hi");

        transcript.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.EmptyCue).Which.Location!.Line.Should().Be(3);
    }
}
