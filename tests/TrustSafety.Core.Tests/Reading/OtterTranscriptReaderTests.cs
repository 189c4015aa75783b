using TrustSafety.Reading.Otter;
using TrustSafety.Transcripts;

namespace TrustSafety.Core.Tests.Reading;

public class OtterTranscriptReaderTests
{
    [Fact]
    public void An_Otter_export_gives_speakers_start_times_and_paragraphs()
    {
        var transcript = Fixture.Load("otter.txt");

        transcript.Source.Format.Should().Be("otter");
        transcript.Turns.Select(t => (t.Speaker.Name, t.Start)).Should().Equal(
            ("Dana Lee", TimeSpan.FromSeconds(3)),
            ("Sam Ortiz", TimeSpan.FromSeconds(9)),
            ("Dana Lee", TimeSpan.FromSeconds(3724)));
        transcript.Turns[1].Text.Should().Be("I think with the feedback from my manager. It stung more than I expected. I have not really slept on it. And I know that sounds dramatic.");
        transcript.Turns.Should().OnlyContain(t => t.End == null, "Otter gives start times only");
        transcript.Turns[1].MapToSource(0)!.Value.Line.Should().Be(5);
    }

    [Fact]
    public void Text_that_is_not_a_header_where_one_is_expected_is_an_error()
    {
        var act = () => Fixture.Read(new OtterTranscriptReader(), "Dana Lee  0:03\nHello.\n\nSome stray paragraph\nwithout a header");

        act.Should().Throw<TranscriptFormatException>().Where(e => e.Line == 4 && e.Column == 1).WithMessage("*expected a speaker header*");
    }
}
