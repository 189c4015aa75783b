using TrustSafety.Text;

namespace TrustSafety.Core.Tests.Text;

public class PhraseMatcherTests
{
    private static readonly PhraseMatcher Matcher = PhraseMatcher.Create(
    [
        ("a", "between us"),
        ("b", "stays between us"),
        ("c", "don't worry"),
        ("d", "worry"),
        ("e", "us"),
    ]);

    [Fact]
    public void Overlapping_phrases_are_all_found_with_spans_over_the_original_text()
    {
        var text = Tokenizer.Analyze("This stays Between us, OK? Don\u2019t worry.");

        var matches = Matcher.Match(text);

        matches.Select(m => (m.Label, text.Quote(m.Span))).Should().BeEquivalentTo(new[]
        {
            ("b", "stays Between us"), ("a", "Between us"), ("e", "us"), ("c", "Don\u2019t worry"), ("d", "worry"),
        });
        matches.Single(m => m.Label == "c").SentenceIndex.Should().Be(1);
    }

    [Fact]
    public void Phrases_need_whole_words_and_do_not_cross_sentences()
    {
        var text = Tokenizer.Analyze("It stays between. Us, we will see. Worrying is normal.");

        Matcher.Match(text).Select(m => m.Label).Should().Equal("e");
    }

    [Fact]
    public void Punctuation_between_words_is_ignored()
    {
        var text = Tokenizer.Analyze("It stays between, well, between us.");

        Matcher.Match(text).Select(m => m.Label).Should().Contain("a").And.NotContain("b");
    }

    [Fact]
    public void A_phrase_without_words_is_rejected()
    {
        var act = () => PhraseMatcher.Create([("x", " ... ")]);

        act.Should().Throw<ArgumentException>().WithMessage("*has no word*");
    }

    [Fact]
    public void Matches_are_computed_once_per_transcript_and_matcher()
    {
        var transcript = SampleTranscripts.Short();

        var first = transcript.TextAnalysis.Match(Matcher, 0);
        var second = transcript.TextAnalysis.Match(Matcher, 0);

        (first == second).Should().BeTrue("the same underlying array is returned: the transcript was scanned once");
        transcript.TextAnalysis.Match(Matcher, 1).Should().BeEmpty();
    }
}
