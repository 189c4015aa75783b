using TrustSafety.Text;

namespace TrustSafety.Core.Tests.Text;

public class TokenizerTests
{
    [Fact]
    public void Words_keep_inner_apostrophes_and_hyphens_and_are_normalised()
    {
        var text = Tokenizer.Analyze("I don\u2019t know, it's a well-being thing.");

        text.Tokens.Where(t => t.IsWord).Select(t => t.Normalized)
            .Should().Equal("i", "don't", "know", "it's", "a", "well-being", "thing");
        text.WordCount.Should().Be(7);
    }

    [Fact]
    public void Token_spans_point_at_the_original_text()
    {
        const string source = "So, what now?";
        var text = Tokenizer.Analyze(source);

        text.Tokens.Select(t => source.Substring(t.Span.Start, t.Span.Length)).Should().Equal("So", ",", "what", "now", "?");
    }

    [Fact]
    public void Sentences_split_at_end_marks_and_questions_are_found()
    {
        var text = Tokenizer.Analyze("That sounds hard. What would help? Tell me more!  And then");

        text.Sentences.Select(s => text.Quote(s.Span)).Should().Equal("That sounds hard.", "What would help?", "Tell me more!", "And then");
        text.Questions.Select(s => text.Quote(s.Span)).Should().Equal("What would help?");
    }

    [Fact]
    public void Abbreviations_and_decimals_do_not_end_a_sentence()
    {
        var text = Tokenizer.Analyze("Dr. Lee said 2.5 hours. Really?");

        text.Sentences.Should().HaveCount(2);
        text.Tokens.Should().Contain(t => t.Kind == TokenKind.Number && t.Normalized == "2.5");
    }

    [Fact]
    public void A_question_mark_inside_closing_quotes_still_makes_a_question()
    {
        var text = Tokenizer.Analyze("You asked \"why me?\" and then stopped. \"What now?\"");

        text.Questions.Should().ContainSingle().Which.Span.End.Should().Be(text.Text.Length);
    }

    [Fact]
    public void Empty_and_blank_text_has_no_tokens()
    {
        Tokenizer.Analyze("   ").Tokens.Should().BeEmpty();
        Tokenizer.Analyze(string.Empty).Sentences.Should().BeEmpty();
    }
}
