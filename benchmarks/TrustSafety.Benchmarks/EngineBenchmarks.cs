using BenchmarkDotNet.Attributes;
using TrustSafety.Analysis;
using TrustSafety.Markers;
using TrustSafety.Reading;
using TrustSafety.Transcripts;

namespace TrustSafety.Benchmarks;

/// <summary>
/// The engine on the bundled sample session (42 turns): loading and tokenising the transcript, then
/// running the built-in detectors. Run: dotnet run -c Release --project benchmarks/TrustSafety.Benchmarks -- --filter '*Engine*'
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private string _path = string.Empty;
    private Transcript _transcript = null!;
    private TranscriptAnalyzer _empty = null!;
    private TranscriptAnalyzer _builtIn = null!;

    /// <summary>Loads the sample session and builds the analyzers once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(AppContext.BaseDirectory, "Seeds", "sample-session.txt");
        _transcript = TranscriptLoader.Default.LoadFile(_path);
        _empty = new TranscriptAnalyzer([new NoOpDetector()]);
        _builtIn = new TranscriptAnalyzer(BuiltInMarkers.CreateDetectors());
    }

    /// <summary>The engine's fixed cost: one detector that registers a turn action and reports nothing.</summary>
    [Benchmark(Baseline = true)]
    public Task<AnalysisResult> EngineOverhead() => _empty.AnalyzeAsync(_transcript);

    /// <summary>
    /// The built-in detectors on the sample session, with its text analysis and phrase matches already
    /// computed and cached (see LoadAndTokenize and LoadAndAnalyze for the first analysis of a session).
    /// </summary>
    [Benchmark]
    public Task<AnalysisResult> BuiltInDetectors() => _builtIn.AnalyzeAsync(_transcript);

    /// <summary>The whole cost of one session: reading, tokenising, phrase matching and every built-in detector.</summary>
    [Benchmark]
    public Task<AnalysisResult> LoadAndAnalyze() => _builtIn.AnalyzeAsync(TranscriptLoader.Default.LoadFile(_path));

    /// <summary>Reading the sample file, assigning roles, and tokenising it.</summary>
    [Benchmark]
    public int LoadAndTokenize() => TranscriptLoader.Default.LoadFile(_path).TextAnalysis.Count;

    private sealed class NoOpDetector : IMarkerDetector
    {
        private static readonly MarkerDescriptor Descriptor = new("BENCH0001", "No-op", "Never reported.", Polarity.Evidence);

        public System.Collections.Immutable.ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [Descriptor];

        public void Initialize(MarkerAnalysisContext context) => context.RegisterTurnAction(_ => { });
    }
}
