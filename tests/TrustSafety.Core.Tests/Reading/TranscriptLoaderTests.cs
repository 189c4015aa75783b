using System.Text;
using TrustSafety.Reading;
using TrustSafety.Transcripts;

namespace TrustSafety.Core.Tests.Reading;

public class TranscriptLoaderTests
{
    private static Transcript Load(string text, string name = "input.dat", string? format = null, TranscriptLoaderOptions? options = null) =>
        new TranscriptLoader(TranscriptLoader.BuiltInReaders, options).Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), name, format);

    [Fact]
    public void The_format_is_detected_from_the_content_not_the_extension()
    {
        Load("Coach: Hi?\nClient: Hello.", "export.json").Source.Format.Should().Be("plain");
        Load("""{"format":"trustsafety-transcript","utterances":[{"speaker":"Coach","text":"Hi?"}]}""", "export.txt").Source.Format.Should().Be("json");
    }

    [Fact]
    public void The_sample_session_loads_with_named_roles()
    {
        var transcript = TranscriptLoader.Default.LoadFile(SampleTranscripts.SamplePath);

        transcript.Turns.Length.Should().BeInRange(36, 48);
        transcript.RoleAssignment.Should().Be(RoleAssignmentMode.Named);
        transcript.Figures.WordShareOf(SpeakerRole.Client).Should().BeGreaterThan(0.5);
    }

    [Fact]
    public void A_given_format_overrides_detection_and_an_unknown_one_is_an_error()
    {
        var act = () => Load("Coach: Hi.", format: "docx");

        act.Should().Throw<TranscriptFormatException>().WithMessage("*'docx' is not a known input format; known formats: plain, json, webvtt, srt, otter*");
    }

    [Fact]
    public void Empty_input_is_refused()
    {
        var act = () => Load("  \n\n");

        act.Should().Throw<TranscriptFormatException>().WithMessage("input.dat(1,1): the input is empty*");
    }

    [Fact]
    public void Binary_input_is_refused()
    {
        var act = () => Load("Coach: Hi.\nPK\u0003\u0004\0\0\0binary");

        act.Should().Throw<TranscriptFormatException>().Where(e => e.Line == 2 && e.Column == 5).WithMessage("*NUL characters*binary*");
    }

    [Fact]
    public void Text_that_is_not_a_transcript_is_refused()
    {
        var act = () => Load("Dear team,\nthe meeting moved to Friday.\nThanks");

        act.Should().Throw<TranscriptFormatException>().WithMessage("*not in any known transcript format*");
    }

    [Fact]
    public void Input_over_the_size_limit_is_refused()
    {
        var act = () => Load("Coach: " + new string('a', 5000), options: new TranscriptLoaderOptions { MaxInputBytes = 1000 });

        act.Should().Throw<TranscriptFormatException>().WithMessage("*larger than the limit of 1000 bytes*");
    }

    [Fact]
    public void A_missing_file_is_reported_as_a_format_error_naming_the_file()
    {
        var act = () => TranscriptLoader.Default.LoadFile("/no/such/session.txt");

        act.Should().Throw<TranscriptFormatException>().WithMessage("/no/such/session.txt: the file cannot be opened*");
    }
}
