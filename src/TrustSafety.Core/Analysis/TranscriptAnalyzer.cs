using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TrustSafety.Configuration;
using TrustSafety.Diagnostics;
using TrustSafety.Markers;
using TrustSafety.Transcripts;

namespace TrustSafety.Analysis;

/// <summary>
/// Runs marker detectors over transcripts. It rejects undeclared and duplicate marker IDs, turns a
/// detector's exception into TS0001 while the others go on, cancels a detector past its time budget
/// (TS0002, partial result), applies the host's severities and orders results deterministically. One
/// instance is safe to use from many threads at once.
/// </summary>
public sealed class TranscriptAnalyzer
{
    private readonly ImmutableArray<DetectorRegistration> _detectors;
    private readonly SeverityPolicy _severities;
    private readonly TrustSafetyOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates an analyzer and initialises its detectors.</summary>
    /// <param name="detectors">The detectors.</param>
    /// <param name="options">The host's options; the defaults when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock for time budgets; the system clock when <see langword="null"/>.</param>
    /// <param name="logger">A logger for detector failures.</param>
    /// <exception cref="ArgumentException">A detector declares no markers, a null descriptor, or an ID that another detector (or itself) also declares.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are not valid; the message names the key.</exception>
    public TranscriptAnalyzer(IEnumerable<IMarkerDetector> detectors, TrustSafetyOptions? options = null, TimeProvider? timeProvider = null, ILogger<TranscriptAnalyzer>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(detectors);
        _options = options ?? new TrustSafetyOptions();
        TrustSafetyOptionsValidator.ThrowIfInvalid(_options);
        _time = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;

        var registrations = ImmutableArray.CreateBuilder<DetectorRegistration>();
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var detector in detectors)
        {
            ArgumentNullException.ThrowIfNull(detector, nameof(detectors));
            var registration = DetectorRegistration.Create(detector, _options);
            foreach (var id in registration.Declared.Keys)
            {
                if (!owners.TryAdd(id, registration.Name))
                {
                    throw new ArgumentException($"Marker {id} is declared by both {owners[id]} and {registration.Name}; marker IDs must be unique.", nameof(detectors));
                }
            }

            foreach (var figure in registration.Figures)
            {
                if (SessionFigures.EngineNames.Contains(figure) || !owners.TryAdd("figure:" + figure, registration.Name))
                {
                    throw new ArgumentException($"Figure '{figure}' of {registration.Name} is already reported by the engine or another detector; figure names must be unique.", nameof(detectors));
                }
            }

            registrations.Add(registration);
        }

        _detectors = registrations.ToImmutable();
        Markers = _detectors.SelectMany(d => d.Declared.Values).OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
        _severities = new SeverityPolicy(Markers, _options);
    }

    /// <summary>Gets every marker the detectors declare, ordered by ID.</summary>
    public ImmutableArray<MarkerDescriptor> Markers { get; }

    /// <summary>Gets the severity the host configured for a marker (<see cref="Severity.None"/> when disabled or unknown).</summary>
    /// <param name="markerId">The marker ID.</param>
    /// <returns>The effective severity.</returns>
    public Severity GetEffectiveSeverity(string markerId) => _severities[markerId];

    /// <summary>Analyses one transcript.</summary>
    /// <param name="transcript">The transcript.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The result.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<AnalysisResult> AnalyzeAsync(Transcript transcript, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        cancellationToken.ThrowIfCancellationRequested();

        // Compute the shared analysis once, before detectors race for it.
        _ = transcript.TextAnalysis;
        var markers = new List<Marker>();
        var diagnostics = new List<Diagnostic>(transcript.Diagnostics);
        if (!transcript.Turns.Any(t => t.Role == SpeakerRole.Coach))
        {
            diagnostics.Add(new Diagnostic(DiagnosticIds.NoCoach, Severity.Warning, "No speaker has the coach role, so no marker about the coach can be found; name the coach (--coach NAME)."));
        }

        if (!transcript.HasTimes)
        {
            var timing = Markers.Where(d => d.Tags.Contains(MarkerTags.RequiresTimes) && _severities[d.Id] != Severity.None).Select(d => d.Id).ToList();
            if (timing.Count > 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticIds.TimesMissing, Severity.Info,
                    $"The transcript does not give start and end times for every turn, so {string.Join(", ", timing)} (which need them) were not evaluated; their absence says nothing about the session."));
            }
        }

        var english = transcript.TextAnalysis.LooksEnglish;
        if (!english)
        {
            var lexical = Markers.Where(d => d.Tags.Contains(MarkerTags.Lexical) && _severities[d.Id] != Severity.None).Select(d => d.Id).ToList();
            if (lexical.Count > 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticIds.NotEnglish, Severity.Warning,
                    $"The transcript does not look like English, so the markers found from English wording ({string.Join(", ", lexical)}) were not evaluated; only the conversation's timing and shape were analysed."));
            }
        }

        var partial = false;
        var figures = SessionFigures.Compute(transcript).ToBuilder();
        foreach (var detector in _detectors)
        {
            if (detector.Figures.IsEmpty && detector.Declared.Keys.All(id => _severities[id] == Severity.None))
            {
                continue;
            }

            var outcome = await RunAsync(detector, transcript, cancellationToken).ConfigureAwait(false);
            partial |= outcome.TimedOut;
            if (outcome.Diagnostic is { } diagnostic)
            {
                diagnostics.Add(diagnostic);
            }

            foreach (var (name, value) in outcome.Figures)
            {
                figures[name] = value;
            }

            foreach (var marker in outcome.Markers)
            {
                var severity = _severities[marker.Id];
                if (severity != Severity.None && (english || !marker.Descriptor.Tags.Contains(MarkerTags.Lexical)))
                {
                    markers.Add(marker.WithSeverity(severity));
                }
            }
        }

        markers.Sort(MarkerOrder.Instance);
        return new AnalysisResult(transcript, [.. markers], [.. diagnostics], figures.ToImmutable(), partial, _options.Assessment);
    }

    /// <summary>
    /// Analyses many transcripts, at most <see cref="TrustSafetyOptions.MaxDegreeOfParallelism"/> at once,
    /// yielding results in input order. For a list, pass <c>list.ToAsyncEnumerable()</c>.
    /// </summary>
    /// <param name="transcripts">The transcripts.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The results, in input order.</returns>
    public async IAsyncEnumerable<AnalysisResult> AnalyzeManyAsync(IAsyncEnumerable<Transcript> transcripts, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transcripts);
        var window = new Queue<Task<AnalysisResult>>();
        await foreach (var transcript in transcripts.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (window.Count >= _options.MaxDegreeOfParallelism)
            {
                yield return await window.Dequeue().ConfigureAwait(false);
            }

            window.Enqueue(Task.Run(() => AnalyzeAsync(transcript, cancellationToken), cancellationToken));
        }

        while (window.Count > 0)
        {
            yield return await window.Dequeue().ConfigureAwait(false);
        }
    }

    private async Task<DetectorOutcome> RunAsync(DetectorRegistration detector, Transcript transcript, CancellationToken cancellationToken)
    {
        using var budget = new CancellationTokenSource(_options.DetectorTimeBudget, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        var run = new DetectorRun(detector, transcript, _options, linked.Token);
        var work = Task.Run(() => Execute(detector, run), CancellationToken.None);

        using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = Task.Delay(_options.DetectorTimeBudget + _options.CancellationGracePeriod, _time, stopWaiting.Token);
        var first = await Task.WhenAny(work, deadline).ConfigureAwait(false);
        await stopWaiting.CancelAsync().ConfigureAwait(false);
        if (first != work)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // The detector ignored cancellation: abandon it and discard whatever it reports later.
            _ = work.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            _logger.LogWarning("Detector {Detector} ignored cancellation past its time budget and was abandoned.", detector.Name);
            return DetectorOutcome.Abandoned(Diagnose(DiagnosticIds.DetectorTimedOut, Severity.Warning,
                $"Detector {detector.Name} did not stop within {_options.CancellationGracePeriod.TotalSeconds:0.###} s of its {_options.DetectorTimeBudget.TotalSeconds:0.###} s time budget and was abandoned; its markers are discarded and the result is partial."));
        }

        try
        {
            await work.ConfigureAwait(false);
            return new DetectorOutcome(run.Markers, null, false, run.Figures);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            return DetectorOutcome.Abandoned(Diagnose(DiagnosticIds.DetectorTimedOut, Severity.Warning,
                $"Detector {detector.Name} was cancelled after its {_options.DetectorTimeBudget.TotalSeconds:0.###} s time budget; its markers are discarded and the result is partial."));
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Detector {Detector} threw on {Source}.", detector.Name, transcript.Source.Name ?? "<memory>");
            return new DetectorOutcome([], Diagnose(DiagnosticIds.DetectorFailed, Severity.Warning,
                $"Detector {detector.Name} threw {e.GetType().Name}: {e.Message} Its markers are discarded; the other detectors ran."), false);
        }
    }

    private static void Execute(DetectorRegistration detector, DetectorRun run)
    {
        var token = run.CancellationToken;
        var turns = run.Transcript.Turns;
        foreach (var (action, roles) in detector.TurnActions)
        {
            foreach (var turn in turns)
            {
                token.ThrowIfCancellationRequested();
                if (roles.Contains(turn.Role))
                {
                    action(new TurnAnalysisContext(run, turn));
                }
            }
        }

        if (detector.ExchangeActions.Count > 0)
        {
            for (var i = 1; i < turns.Length; i++)
            {
                if (turns[i].Role != SpeakerRole.Coach || turns[i - 1].Role != SpeakerRole.Client)
                {
                    continue;
                }

                var exchange = new Exchange(turns[i - 1], turns[i]);
                foreach (var action in detector.ExchangeActions)
                {
                    token.ThrowIfCancellationRequested();
                    action(new ExchangeAnalysisContext(run, exchange));
                }
            }
        }

        foreach (var action in detector.TranscriptActions)
        {
            token.ThrowIfCancellationRequested();
            action(new TranscriptAnalysisContext(run));
        }
    }

    private static Diagnostic Diagnose(string id, Severity severity, string message) => new(id, severity, message);

    private sealed record DetectorOutcome(IReadOnlyList<Marker> Markers, Diagnostic? Diagnostic, bool TimedOut, IReadOnlyDictionary<string, double?>? Figures = null)
    {
        public IReadOnlyDictionary<string, double?> Figures { get; } = Figures ?? new Dictionary<string, double?>();

        public static DetectorOutcome Abandoned(Diagnostic diagnostic) => new([], diagnostic, true);
    }
}
