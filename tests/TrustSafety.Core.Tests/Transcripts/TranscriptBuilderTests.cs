using System.Collections.Immutable;
using TrustSafety.Transcripts;

namespace TrustSafety.Core.Tests.Transcripts;

public class TranscriptBuilderTests
{
    [Fact]
    public void Consecutive_utterances_of_one_speaker_merge_into_one_turn_joined_by_a_space()
    {
        var transcript = new TranscriptBuilder()
            .AddUtterance("Coach", "Hello.", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2))
            .AddUtterance("Coach", "How are you?", TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4))
            .AddUtterance("Client", "Fine.", TimeSpan.FromSeconds(5), null)
            .Build();

        transcript.Turns.Should().HaveCount(2);
        var first = transcript.Turns[0];
        first.Text.Should().Be("Hello. How are you?");
        first.Utterances.Should().HaveCount(2);
        first.Start.Should().Be(TimeSpan.FromSeconds(1));
        first.End.Should().Be(TimeSpan.FromSeconds(4));
        first.GetUtteranceOffset(1).Should().Be(7);
        transcript.Turns[1].End.Should().BeNull("an end time is never inferred from the next start");
        transcript.HasTimes.Should().BeFalse();
    }

    [Fact]
    public void A_span_gets_the_times_of_the_utterances_it_covers()
    {
        var transcript = new TranscriptBuilder()
            .AddUtterance("Coach", "Hello.", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2))
            .AddUtterance("Coach", "How are you?", TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4))
            .Build();

        transcript.Turns[0].GetTimeRange(new TrustSafety.Text.TextSpan(7, 3)).Should().Be((TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4)));
    }

    [Fact]
    public void Empty_text_is_rejected_with_its_source_position()
    {
        var builder = new TranscriptBuilder("session.txt");
        var act = () => builder.AddUtterance("Coach", new Utterance("  ", sourceMap: [new SourceSegment(0, 0, new SourcePosition(7, 9, 120))]));

        act.Should().Throw<TranscriptFormatException>()
            .Where(e => e.Line == 7 && e.Column == 9 && e.SourceName == "session.txt")
            .WithMessage("session.txt(7,9): *empty*");
    }

    [Fact]
    public void An_end_before_the_start_is_rejected()
    {
        var act = () => new TranscriptBuilder("s.json").AddUtterance("Coach", "Hi.", TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(4));

        act.Should().Throw<TranscriptFormatException>().WithMessage("*end time 4s is before the start time 5s*utterance 0*");
    }

    [Fact]
    public void A_negative_time_is_rejected()
    {
        var act = () => new TranscriptBuilder().AddUtterance("Coach", "Hi.", TimeSpan.FromSeconds(-1), null);

        act.Should().Throw<TranscriptFormatException>().WithMessage("*negative*");
    }

    [Fact]
    public void A_transcript_without_utterances_is_refused()
    {
        var act = () => new TranscriptBuilder("empty.txt").Build();

        act.Should().Throw<TranscriptFormatException>().WithMessage("empty.txt: *no speaker turns*");
    }

    [Fact]
    public void Figures_count_words_and_talk_time_per_role()
    {
        var transcript = SampleTranscripts.Short();
        var figures = transcript.Figures;

        figures.WordsOf(SpeakerRole.Coach).Should().Be(18);
        figures.WordsOf(SpeakerRole.Client).Should().Be(12);
        figures.WordShareOf(SpeakerRole.Coach).Should().BeApproximately(18 / 30.0, 1e-9);
        figures.TalkTimeOf(SpeakerRole.Coach).Should().Be(TimeSpan.FromSeconds(8));
        figures.TalkTimeShareOf(SpeakerRole.Client).Should().BeApproximately(7 / 15.0, 1e-9);
        figures.GapBefore(1).Should().Be(TimeSpan.FromSeconds(2));
        figures.GapBefore(0).Should().BeNull();
        figures.Duration.Should().Be(TimeSpan.FromSeconds(23));
    }

    [Fact]
    public void A_turn_maps_a_character_back_to_its_source_line_and_column()
    {
        ImmutableArray<SourceSegment> first = [new SourceSegment(0, 6, new SourcePosition(3, 8, 40))];
        ImmutableArray<SourceSegment> second = [new SourceSegment(0, 4, new SourcePosition(4, 1, 55))];
        var transcript = new TranscriptBuilder()
            .AddUtterance("Coach", new Utterance("Hello.", sourceMap: first))
            .AddUtterance("Coach", new Utterance("Yes.", sourceMap: second))
            .Build();

        transcript.Turns[0].MapToSource(2).Should().Be(new SourcePosition(3, 10, 42));
        transcript.Turns[0].MapToSource(8).Should().Be(new SourcePosition(4, 2, 56));
    }
}
