using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers;
using TrustSafety.Testing;
using TrustSafety.Transcripts;

namespace TrustSafety.Testing.Tests;

public class DetectorVerifierTests
{
    private static readonly MarkerDescriptor Sorry = new("ACME0001", "Says sorry", "Sorry.", Polarity.Evidence);

    [Fact]
    public async Task Verification_passes_when_the_detector_reports_exactly_the_marked_spans()
    {
        var result = await new DetectorVerifier(new SorryDetector()).VerifyAsync("""
            Client: I lost the account.
            Coach: I'm {|ACME0001:sorry|}, that's rough. {|ACME0001:Sorry|} to hear it.
            """);

        result.Markers.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_missing_marker_fails_with_an_expected_versus_actual_listing()
    {
        var act = () => new DetectorVerifier(new SorryDetector()).VerifyAsync("Coach: {|ACME0001:Regret|} is hard.");

        var failure = await act.Should().ThrowAsync<MarkerVerificationException>();
        failure.Which.Message.Should().Contain("Expected but not reported:").And.Contain("turn 0 [0..6) ACME0001 \"Regret\"");
    }

    [Fact]
    public async Task An_unexpected_marker_fails_and_is_listed_with_its_confidence()
    {
        var act = () => new DetectorVerifier(new SorryDetector()).VerifyAsync("Coach: So sorry.");

        var failure = await act.Should().ThrowAsync<MarkerVerificationException>();
        failure.Which.Message.Should().Contain("Reported but not expected:").And.Contain("turn 0 [3..8) ACME0001 \"sorry\"").And.Contain("(confidence 0.80)");
    }

    [Fact]
    public async Task A_marker_on_the_wrong_span_fails()
    {
        var act = () => new DetectorVerifier(new SorryDetector()).VerifyAsync("Coach: {|ACME0001:So sorry|}.");

        await act.Should().ThrowAsync<MarkerVerificationException>();
    }

    [Fact]
    public async Task A_detector_that_throws_fails_verification_with_the_exception_message()
    {
        var act = () => new DetectorVerifier(new ThrowingDetector()).VerifyAsync("Coach: Hello.");

        var failure = await act.Should().ThrowAsync<MarkerVerificationException>();
        failure.Which.Message.Should().Contain("TS0001").And.Contain("boom");
    }

    [Fact]
    public async Task Unchecked_IDs_are_ignored()
    {
        var verifier = new DetectorVerifier(new SorryDetector()) { CheckedMarkerIds = ["ACME0404"] };

        await verifier.VerifyAsync("Coach: So sorry.");
    }

    private sealed class SorryDetector : IMarkerDetector
    {
        public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [Sorry];

        public void Initialize(MarkerAnalysisContext context) => context.RegisterTurnAction(
            c =>
            {
                foreach (var token in c.TurnText.Tokens.Where(t => t.Normalized == "sorry"))
                {
                    c.Report(Marker.Create(Sorry, MarkerLocation.InTurn(c.Turn, token.Span), 0.8));
                }
            },
            SpeakerRole.Coach);
    }

    private sealed class ThrowingDetector : IMarkerDetector
    {
        public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [Sorry];

        public void Initialize(MarkerAnalysisContext context) => context.RegisterTurnAction(_ => throw new InvalidOperationException("boom"));
    }
}
