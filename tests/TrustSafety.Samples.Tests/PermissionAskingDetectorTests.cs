using Microsoft.Extensions.DependencyInjection;
using Samples.Detectors;
using TrustSafety.Analysis;
using TrustSafety.Testing;

namespace TrustSafety.Samples.Tests;

public class PermissionAskingDetectorTests
{
    private static Task<AnalysisResult> Verify(string markup) => new DetectorVerifier(new PermissionAskingDetector()).VerifyAsync(markup);

    [Theory]
    [InlineData("Coach: {|SMPL0001:May I share an observation?|}")]
    [InlineData("Coach: Thanks. {|SMPL0001:Would it be OK if we paused here?|}")]
    [InlineData("Coach: {|SMPL0001:Can I offer a thought?|} You can say no.")]
    [InlineData("Coach: {|SMPL0001:Is it okay if I push back a little?|}")]
    [InlineData("Coach: {|SMPL0001:Would you be open to trying something?|}")]
    public async Task Questions_asking_permission_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: I may share an observation later.")]
    [InlineData("Coach: Can I help you with the report?")]
    [InlineData("Client: May I say something?")]
    [InlineData("Coach: Would it be a problem?")]
    [InlineData("Coach: May is a busy month, isn't it?")]
    public async Task Similar_turns_that_do_not_ask_permission_do_not_fire(string markup) => await Verify(markup);

    [Fact]
    public async Task The_sample_detector_runs_through_dependency_injection()
    {
        using var provider = new ServiceCollection().AddTrustSafety(b => b.AddSampleDetectors()).BuildServiceProvider();
        var transcript = MarkupTranscript.Parse("Client: I'm stuck.\nCoach: May I share what I notice?").Transcript;

        var result = await provider.GetRequiredService<TranscriptAnalyzer>().AnalyzeAsync(transcript, TestContext.Current.CancellationToken);

        result.Markers.Should().ContainSingle().Which.Message.Should().Be("The coach asks permission: \"May I share what I notice?\".");
    }
}
