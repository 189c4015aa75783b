using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TrustSafety.Analysis;
using TrustSafety.Configuration;
using TrustSafety.Diagnostics;
using TrustSafety.Markers;
using TrustSafety.Reading;
using TrustSafety.Text;
using TrustSafety.Transcripts;

namespace TrustSafety.Core.Tests.Analysis;

public class TranscriptAnalyzerTests
{
    private static readonly MarkerDescriptor Alpha = TestDetector.Descriptor("TEST0001", Polarity.Evidence, "4.4");
    private static readonly MarkerDescriptor Beta = TestDetector.Descriptor("TEST0002", Polarity.RedFlag, "4.2");
    private static readonly MarkerDescriptor Undeclared = TestDetector.Descriptor("TEST0099");

    [Fact]
    public async Task A_turn_action_runs_once_per_turn_of_the_requested_role()
    {
        var analyzer = new TranscriptAnalyzer([TestDetector.EveryCoachTurn(Alpha)]);

        var result = await analyzer.AnalyzeAsync(SampleTranscripts.Short(), TestContext.Current.CancellationToken);

        result.Markers.Select(m => m.Location.TurnIndex).Should().Equal(0, 2, 4);
        result.Markers.Should().OnlyContain(m => m.Severity == Severity.Info && m.Id == "TEST0001");
        result.IsPartial.Should().BeFalse();
    }

    [Fact]
    public async Task An_exchange_action_sees_each_client_turn_with_the_coach_turn_that_answers_it()
    {
        var seen = new List<(int, int)>();
        var detector = new TestDetector(Alpha) { OnExchange = c => { lock (seen) { seen.Add((c.Exchange.ClientTurn.Index, c.Exchange.CoachTurn.Index)); } } };

        await new TranscriptAnalyzer([detector]).AnalyzeAsync(SampleTranscripts.Short(), TestContext.Current.CancellationToken);

        seen.Should().Equal((1, 2), (3, 4));
    }

    [Fact]
    public async Task Reporting_an_undeclared_marker_is_rejected_as_TS0001_while_other_detectors_report()
    {
        var rogue = new TestDetector(Beta) { OnTurn = c => c.Report(Marker.Create(Undeclared, MarkerLocation.InTurn(c.Turn))) };
        var analyzer = new TranscriptAnalyzer([rogue, TestDetector.EveryCoachTurn(Alpha)]);

        var result = await analyzer.AnalyzeAsync(SampleTranscripts.Short(), TestContext.Current.CancellationToken);

        result.Markers.Should().HaveCount(3).And.OnlyContain(m => m.Id == "TEST0001");
        result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.DetectorFailed)
            .Which.Message.Should().Contain("TEST0099").And.Contain("not in its SupportedMarkers");
    }

    [Fact]
    public async Task A_marker_whose_span_is_outside_its_turn_is_rejected()
    {
        var sloppy = new TestDetector(Alpha) { OnTurn = c => c.Report(Marker.Create(Alpha, MarkerLocation.InTurn(c.Transcript.Turns[1], new TextSpan(0, 300)))) };

        var result = await new TranscriptAnalyzer([sloppy]).AnalyzeAsync(SampleTranscripts.Short(), TestContext.Current.CancellationToken);

        result.Markers.Should().BeEmpty();
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.DetectorFailed);
    }

    [Fact]
    public void Two_detectors_declaring_the_same_ID_are_rejected()
    {
        var act = () => new TranscriptAnalyzer([TestDetector.EveryCoachTurn(Alpha), new TestDetector(TestDetector.Descriptor("TEST0001"))]);

        act.Should().Throw<ArgumentException>().WithMessage("*TEST0001*declared by both*");
    }

    [Fact]
    public void A_detector_declaring_an_ID_twice_is_rejected()
    {
        var act = () => new TranscriptAnalyzer([new TestDetector(Alpha, Alpha)]);

        act.Should().Throw<ArgumentException>().WithMessage("*declares marker TEST0001 twice*");
    }

    [Fact]
    public void A_detector_declaring_nothing_is_rejected()
    {
        var act = () => new TranscriptAnalyzer([new TestDetector()]);

        act.Should().Throw<ArgumentException>().WithMessage("*declares no markers*");
    }

    [Fact]
    public async Task A_throwing_detector_becomes_TS0001_and_the_others_still_report()
    {
        var throwing = new TestDetector(Beta) { OnTurn = _ => throw new InvalidOperationException("lexicon missing") };
        var analyzer = new TranscriptAnalyzer([throwing, TestDetector.EveryCoachTurn(Alpha)]);

        var result = await analyzer.AnalyzeAsync(SampleTranscripts.Short(), TestContext.Current.CancellationToken);

        result.Markers.Should().HaveCount(3);
        var diagnostic = result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.DetectorFailed).Subject;
        diagnostic.Message.Should().Contain("TestDetector").And.Contain("lexicon missing");
        result.IsPartial.Should().BeFalse();
    }

    [Fact]
    public async Task A_detector_that_honours_cancellation_past_its_budget_becomes_TS0002_and_a_partial_result()
    {
        var time = new FakeTimeProvider();
        var slow = new TestDetector(Beta)
        {
            OnTranscript = c =>
            {
                c.Report(Marker.Create(Beta, MarkerLocation.Session));
                while (!c.CancellationToken.IsCancellationRequested)
                {
                    Thread.Sleep(1);
                }

                c.CancellationToken.ThrowIfCancellationRequested();
            },
        };
        var analyzer = new TranscriptAnalyzer([slow, TestDetector.EveryCoachTurn(Alpha)], new TrustSafetyOptions { DetectorTimeBudget = TimeSpan.FromSeconds(5) }, time);

        var result = await AdvanceUntilDone(time, analyzer.AnalyzeAsync(SampleTranscripts.Short(), TestContext.Current.CancellationToken));

        result.IsPartial.Should().BeTrue();
        result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.DetectorTimedOut).Which.Message.Should().Contain("cancelled");
        result.Markers.Should().OnlyContain(m => m.Id == "TEST0001", "the slow detector's output is discarded");
        result.Markers.Should().HaveCount(3);
    }

    [Fact]
    public async Task A_detector_that_ignores_cancellation_is_abandoned_and_its_output_discarded()
    {
        var time = new FakeTimeProvider();
        using var release = new ManualResetEventSlim();
        var stubborn = new TestDetector(Beta)
        {
            OnTranscript = c =>
            {
                c.Report(Marker.Create(Beta, MarkerLocation.Session));
                release.Wait(TimeSpan.FromSeconds(30));
            },
        };
        var analyzer = new TranscriptAnalyzer([stubborn, TestDetector.EveryCoachTurn(Alpha)], new TrustSafetyOptions { DetectorTimeBudget = TimeSpan.FromSeconds(5) }, time);

        var result = await AdvanceUntilDone(time, analyzer.AnalyzeAsync(SampleTranscripts.Short(), TestContext.Current.CancellationToken));
        release.Set();

        result.IsPartial.Should().BeTrue();
        result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.DetectorTimedOut).Which.Message.Should().Contain("abandoned");
        result.Markers.Should().OnlyContain(m => m.Id == "TEST0001");
    }

    [Fact]
    public async Task Cancelling_the_caller_token_cancels_the_analysis()
    {
        using var cts = new CancellationTokenSource();
        var cancelling = new TestDetector(Alpha)
        {
            OnTurn = c =>
            {
                cts.Cancel();
                c.CancellationToken.ThrowIfCancellationRequested();
            },
        };

        var act = () => new TranscriptAnalyzer([cancelling]).AnalyzeAsync(SampleTranscripts.Short(), cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Configuration_overrides_a_markers_severity()
    {
        var options = new TrustSafetyOptions();
        options.Markers["TEST0001"] = new MarkerRule { Severity = "error" };

        var result = await new TranscriptAnalyzer([TestDetector.EveryCoachTurn(Alpha)], options).AnalyzeAsync(SampleTranscripts.Short(), TestContext.Current.CancellationToken);

        result.Markers.Should().HaveCount(3).And.OnlyContain(m => m.Severity == Severity.Error);
    }

    [Fact]
    public async Task Configuration_disables_a_marker_by_ID()
    {
        var options = new TrustSafetyOptions();
        options.Markers["test0001"] = new MarkerRule { Enabled = false };

        var result = await new TranscriptAnalyzer([TestDetector.EveryCoachTurn(Alpha), TestDetector.EveryCoachTurn(Beta)], options).AnalyzeAsync(SampleTranscripts.Short(), TestContext.Current.CancellationToken);

        result.Markers.Should().HaveCount(3).And.OnlyContain(m => m.Id == "TEST0002");
    }

    [Fact]
    public async Task Configuration_disables_markers_by_behaviour()
    {
        var options = new TrustSafetyOptions();
        options.Behaviours["4.4"] = new BehaviourRule { Enabled = false };

        var result = await new TranscriptAnalyzer([TestDetector.EveryCoachTurn(Alpha), TestDetector.EveryCoachTurn(Beta)], options).AnalyzeAsync(SampleTranscripts.Short(), TestContext.Current.CancellationToken);

        result.Markers.Should().OnlyContain(m => m.Id == "TEST0002");
    }

    [Fact]
    public async Task A_marker_rule_re_enables_a_marker_whose_behaviour_is_disabled()
    {
        var options = new TrustSafetyOptions();
        options.Behaviours["4.4"] = new BehaviourRule { Enabled = false };
        options.Markers["TEST0001"] = new MarkerRule { Enabled = true };

        var result = await new TranscriptAnalyzer([TestDetector.EveryCoachTurn(Alpha)], options).AnalyzeAsync(SampleTranscripts.Short(), TestContext.Current.CancellationToken);

        result.Markers.Should().HaveCount(3);
    }

    [Fact]
    public async Task Hidden_markers_stay_in_the_result_but_not_in_the_reported_markers()
    {
        var options = new TrustSafetyOptions();
        options.Markers["TEST0001"] = new MarkerRule { Severity = "hidden" };

        var result = await new TranscriptAnalyzer([TestDetector.EveryCoachTurn(Alpha)], options).AnalyzeAsync(SampleTranscripts.Short(), TestContext.Current.CancellationToken);

        result.Markers.Should().HaveCount(3);
        result.ReportedMarkers.Should().BeEmpty();
    }

    [Fact]
    public void An_invalid_severity_fails_at_construction_naming_the_key_and_the_allowed_values()
    {
        var options = new TrustSafetyOptions();
        options.Markers["TEST0001"] = new MarkerRule { Severity = "loud" };

        var act = () => new TranscriptAnalyzer([TestDetector.EveryCoachTurn(Alpha)], options);

        act.Should().Throw<OptionsValidationException>()
            .WithMessage("*TrustSafety:Markers:TEST0001:Severity*'loud'*error, warning, info, hidden, none*");
    }

    [Fact]
    public void Configuration_for_a_marker_no_detector_declares_fails_naming_the_key()
    {
        var options = new TrustSafetyOptions();
        options.Markers["TEST0404"] = new MarkerRule { Enabled = false };

        var act = () => new TranscriptAnalyzer([TestDetector.EveryCoachTurn(Alpha)], options);

        act.Should().Throw<OptionsValidationException>().WithMessage("*TrustSafety:Markers:TEST0404*no registered detector*");
    }

    [Fact]
    public async Task Markers_come_out_in_a_deterministic_order_whatever_order_detectors_report_them()
    {
        var backwards = new TestDetector(Alpha, Beta)
        {
            OnTranscript = c =>
            {
                foreach (var turn in c.Transcript.Turns.Reverse())
                {
                    c.Report(Marker.Create(Beta, MarkerLocation.InTurn(turn, new TextSpan(0, 4))));
                    c.Report(Marker.Create(Alpha, MarkerLocation.InTurn(turn, new TextSpan(0, 4))));
                    c.Report(Marker.Create(Alpha, MarkerLocation.InTurn(turn, new TextSpan(0, 2))));
                }

                c.Report(Marker.Create(Beta, MarkerLocation.Session));
            },
        };

        var result = await new TranscriptAnalyzer([backwards]).AnalyzeAsync(SampleTranscripts.Short(), TestContext.Current.CancellationToken);

        result.Markers[0].Location.IsSession.Should().BeTrue();
        result.Markers.Skip(1).Take(3).Select(m => (m.Location.TurnIndex, m.Location.Span.Length, m.Id))
            .Should().Equal((0, 2, "TEST0001"), (0, 4, "TEST0001"), (0, 4, "TEST0002"));
        result.Markers.Select(m => m.Location.TurnIndex ?? -1).Should().BeInAscendingOrder();
    }

    [Fact]
    public async Task Eight_threads_analysing_at_once_get_identical_results()
    {
        var analyzer = new TranscriptAnalyzer([TestDetector.EveryCoachTurn(Alpha), TestDetector.EveryCoachTurn(Beta)]);
        var transcript = TranscriptLoader.Default.LoadFile(SampleTranscripts.SamplePath);
        var expected = Fingerprint(await analyzer.AnalyzeAsync(transcript, TestContext.Current.CancellationToken));

        using var start = new Barrier(8);
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait(TestContext.Current.CancellationToken);
            var fresh = TranscriptLoader.Default.LoadFile(SampleTranscripts.SamplePath);
            return analyzer.AnalyzeAsync(fresh, TestContext.Current.CancellationToken);
        })));

        expected.Should().NotBeEmpty();
        results.Select(Fingerprint).Should().AllBe(expected);
    }

    [Fact]
    public async Task Analysing_many_transcripts_yields_results_in_input_order()
    {
        var options = new TrustSafetyOptions { MaxDegreeOfParallelism = 2 };
        var analyzer = new TranscriptAnalyzer([TestDetector.EveryCoachTurn(Alpha)], options);
        var transcripts = Enumerable.Range(0, 6).Select(i => SampleTranscripts.Short().WithSource(new TranscriptSource($"s{i}.txt", "plain"))).ToList();

        var names = new List<string?>();
        await foreach (var result in analyzer.AnalyzeManyAsync(transcripts.ToAsyncEnumerable(), TestContext.Current.CancellationToken))
        {
            names.Add(result.Transcript.Source.Name);
        }

        names.Should().Equal(transcripts.Select(t => t.Source.Name));
    }

    [Fact]
    public async Task A_transcript_without_a_coach_gets_TS0004()
    {
        var transcript = new TranscriptBuilder().AddUtterance("A", "Hello there.").AddUtterance("B", "Hi.").Build();

        var result = await new TranscriptAnalyzer([TestDetector.EveryCoachTurn(Alpha)]).AnalyzeAsync(transcript, TestContext.Current.CancellationToken);

        result.Markers.Should().BeEmpty();
        result.Diagnostics.Should().Contain(d => d.Id == DiagnosticIds.NoCoach);
    }

    private static string Fingerprint(AnalysisResult result) =>
        string.Join("\n", result.Markers.Select(m => $"{m.Id}|{m.Location}|{m.Confidence}|{m.Message}|{m.Severity}"));

    private static async Task<AnalysisResult> AdvanceUntilDone(FakeTimeProvider time, Task<AnalysisResult> analysis)
    {
        for (var i = 0; i < 200 && !analysis.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(analysis, Task.Delay(20, TestContext.Current.CancellationToken));
        }

        analysis.IsCompleted.Should().BeTrue("the engine must give up on a detector past its budget");
        return await analysis;
    }
}
