using TrustSafety.Analysis;
using TrustSafety.Diagnostics;
using TrustSafety.Markers;
using TrustSafety.Transcripts;

namespace TrustSafety.Core.Tests.Analysis;

public class LanguageCheckTests
{
    private static readonly MarkerDescriptor Lexical = new("TEST0101", "Lexical", "Found.", Polarity.Evidence, tags: [MarkerTags.Lexical]);
    private static readonly MarkerDescriptor Shape = new("TEST0102", "Shape", "Found.", Polarity.Evidence);

    private static Transcript Build(string coach, string client) => new TranscriptBuilder()
        .AddSpeaker("Coach", "Coach", SpeakerRole.Coach)
        .AddSpeaker("Client", "Client", SpeakerRole.Client)
        .AddUtterance("Coach", coach)
        .AddUtterance("Client", client)
        .Build();

    [Fact]
    public async Task A_transcript_that_is_not_English_gets_TS0010_and_no_lexical_markers()
    {
        var transcript = Build(
            "Was möchtest du heute besprechen? Worum geht es dir im Moment am meisten, wenn du an die Arbeit denkst?",
            "Die Beförderung. Ich weiß nicht, ob ich sie annehmen soll, weil ich dann weniger selbst programmiere und mehr Besprechungen habe.");

        var result = await new TranscriptAnalyzer([TestDetector.EveryCoachTurn(Lexical), TestDetector.EveryCoachTurn(Shape)]).AnalyzeAsync(transcript);

        transcript.TextAnalysis.LooksEnglish.Should().BeFalse();
        result.Markers.Should().ContainSingle().Which.Id.Should().Be("TEST0102");
        result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.NotEnglish).Which.Message.Should().Contain("TEST0101");
    }

    [Fact]
    public async Task An_English_transcript_keeps_its_lexical_markers()
    {
        var transcript = Build(
            "What would you like to talk about today, and what matters most to you about it right now?",
            "The promotion. I am not sure if I should take it, because I would write less code and sit in more meetings.");

        var result = await new TranscriptAnalyzer([TestDetector.EveryCoachTurn(Lexical)]).AnalyzeAsync(transcript);

        transcript.TextAnalysis.LooksEnglish.Should().BeTrue();
        result.Markers.Should().ContainSingle();
        result.Diagnostics.Should().NotContain(d => d.Id == DiagnosticIds.NotEnglish);
    }
}
