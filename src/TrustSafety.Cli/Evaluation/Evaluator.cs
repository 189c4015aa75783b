using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Assessment;
using TrustSafety.Markers;
using TrustSafety.Reading;
using TrustSafety.Transcripts;

namespace TrustSafety.Cli.Evaluation;

/// <summary>
/// Runs the analyzer on every gold-annotated transcript under a folder and scores it at turn level per
/// marker, behaviour and PCC marker, and at session level for session markers.
/// </summary>
internal sealed class Evaluator(TranscriptLoader loader, TranscriptAnalyzer analyzer)
{
    private const int ExampleCount = 10;

    private readonly ImmutableDictionary<string, MarkerFacts> _facts =
        analyzer.Markers.Aggregate(MarkerFacts.Planned, (all, d) => all.SetItem(d.Id, MarkerFacts.From(d)));

    // A marker turned off by configuration is not evaluated, like one without a detector.
    private readonly ImmutableHashSet<string> _detected = analyzer.Markers.Select(d => d.Id).Where(id => analyzer.GetEffectiveSeverity(id) != Severity.None).ToImmutableHashSet();

    public async Task<EvaluationReport> EvaluateAsync(string folder, CancellationToken cancellationToken)
    {
        var gold = new HashSet<Unit>();
        var predicted = new Dictionary<Unit, (string Quote, double Confidence)>();
        var goldQuotes = new Dictionary<Unit, string>();
        var sessions = new List<(string Id, bool Gold, bool Predicted)>();
        var levels = new List<(string Row, EvidenceLevel Gold, EvidenceLevel Predicted)>();
        var files = GoldFileReader.Find(folder);
        var timedFiles = 0;
        var coachTurns = 0;
        for (var f = 0; f < files.Count; f++)
        {
            var annotation = GoldFileReader.Read(files[f]);
            var transcript = Load(annotation, cancellationToken);
            Validate(annotation, transcript);
            var result = await analyzer.AnalyzeAsync(transcript, cancellationToken).ConfigureAwait(false);
            var name = Path.GetRelativePath(folder, annotation.TranscriptPath).Replace('\\', '/');
            var timed = transcript.HasTimes;
            timedFiles += timed ? 1 : 0;
            coachTurns += transcript.Turns.Count(t => t.Role == SpeakerRole.Coach);

            foreach (var turn in annotation.Turns)
            {
                foreach (var id in turn.Markers.Where(id => Scored(id, timed)))
                {
                    var unit = new Unit(name, turn.Index, id);
                    gold.Add(unit);
                    goldQuotes[unit] = turn.Quote;
                }
            }

            foreach (var marker in result.Markers)
            {
                if (marker.Location.TurnIndex is { } index && transcript.Turns[index].Role == SpeakerRole.Coach && Scored(marker.Id, timed))
                {
                    var unit = new Unit(name, index, marker.Id);
                    if (!predicted.TryGetValue(unit, out var known) || known.Confidence < marker.Confidence)
                    {
                        predicted[unit] = (result.Quote(marker.Location), marker.Confidence);
                    }
                }
            }

            foreach (var (id, judgement) in annotation.Session)
            {
                sessions.Add((id, judgement, result.Markers.Any(m => m.Id == id && m.Location.IsSession)));
            }

            var assessment = result.Assessment;
            var rows = assessment.Behaviours.Select(r => (Key: r.Code, r.Level))
                .Concat(assessment.PccMarkers.Select(r => (Key: "PCC " + r.Code, r.Level)))
                .Append((Key: "overall", assessment.Overall.Level))
                .ToDictionary(r => r.Key, r => r.Level, StringComparer.Ordinal);
            levels.AddRange(annotation.Levels.Select(l => (l.Key, l.Value, rows[l.Key])));
        }

        return Score(folder, files.Count, timedFiles, coachTurns, gold, predicted, goldQuotes, sessions, levels);
    }

    private bool Scored(string id, bool timed) =>
        _facts.TryGetValue(id, out var facts) && !facts.IsSessionLevel && (timed || !facts.NeedsTimes);

    private Transcript Load(GoldFile annotation, CancellationToken cancellationToken)
    {
        var roles = new RoleAssignmentOptions();
        roles.Coaches.AddRange(annotation.Coaches);
        roles.Clients.AddRange(annotation.Clients);
        try
        {
            return loader.LoadFile(annotation.TranscriptPath, format: null, roles, cancellationToken);
        }
        catch (RoleAssignmentException e)
        {
            throw new CliInputException($"{annotation.Path}: {e.Message}", e);
        }
    }

    private void Validate(GoldFile annotation, Transcript transcript)
    {
        var errors = new List<string>();
        foreach (var turn in annotation.Turns)
        {
            var where = $"{annotation.Path}: {turn.Where}";
            if (turn.Index >= transcript.Turns.Length)
            {
                errors.Add($"{where}: turn {turn.Index} does not exist; the transcript has {transcript.Turns.Length} turns.");
                continue;
            }

            var actual = transcript.Turns[turn.Index];
            if (actual.Role != SpeakerRole.Coach)
            {
                errors.Add($"{where}: turn {turn.Index} is {actual.Speaker.Name}'s ({actual.Role.ToString().ToLowerInvariant()}), not the coach's; check the index (turns merge consecutive cues of one speaker).");
            }
            else if (!actual.Text.Contains(turn.Quote, StringComparison.Ordinal))
            {
                errors.Add($"{where}: the quote \"{turn.Quote}\" is not in turn {turn.Index}, which reads \"{Shorten(actual.Text)}\"; the index is probably off.");
            }

            foreach (var id in turn.Markers)
            {
                if (!_facts.TryGetValue(id, out var facts))
                {
                    errors.Add($"{where}: '{id}' is neither a built-in marker ID nor declared by a loaded detector.");
                }
                else if (facts.IsSessionLevel)
                {
                    errors.Add($"{where}: {id} is a session-level marker; put it under \"session\".");
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new CliInputException(errors);
        }
    }

    private EvaluationReport Score(
        string folder, int files, int timedFiles, int coachTurns,
        HashSet<Unit> gold, Dictionary<Unit, (string Quote, double Confidence)> predicted, Dictionary<Unit, string> goldQuotes,
        List<(string Id, bool Gold, bool Predicted)> sessions,
        List<(string Row, EvidenceLevel Gold, EvidenceLevel Predicted)> levels)
    {
        var predictedUnits = predicted.Keys.ToHashSet();
        var ids = gold.Select(u => u.Id).Concat(predictedUnits.Select(u => u.Id))
            .Concat(_detected.Where(id => !_facts[id].IsSessionLevel))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var markers = ids.Select(id => new MarkerScore(
            id,
            PolarityName(_facts[id].Polarity),
            _detected.Contains(id),
            Confusion.Of(gold.Where(u => u.Id == id).ToHashSet(), predictedUnits.Where(u => u.Id == id).ToHashSet()))).ToImmutableArray();

        var withDetector = markers.Where(m => m.HasDetector).ToList();
        var micro = withDetector.Aggregate(default(Confusion), (sum, m) => sum + m.Counts);
        var macroSet = withDetector.Where(m => m.Counts.Gold > 0).ToList();
        var macro = new MacroScore(
            macroSet.Count,
            Mean(macroSet.Select(m => m.Counts.Precision ?? 0)),
            Mean(macroSet.Select(m => m.Counts.Recall ?? 0)),
            Mean(macroSet.Select(m => m.Counts.F1 ?? 0)));

        var detectedGold = gold.Where(u => _detected.Contains(u.Id)).ToList();
        var detectedPredicted = predictedUnits.Where(u => _detected.Contains(u.Id)).ToList();
        var behaviours = Groups(detectedGold, detectedPredicted, f => f.Behaviours.IsEmpty ? ["competency"] : f.Behaviours);
        var pcc = Groups(detectedGold, detectedPredicted, f => f.PccMarkers);

        var session = sessions.GroupBy(s => s.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new SessionScore(
            g.Key,
            g.Count(),
            g.Count(s => s.Gold == s.Predicted),
            new Confusion(g.Count(s => s.Gold && s.Predicted), g.Count(s => !s.Gold && s.Predicted), g.Count(s => s.Gold && !s.Predicted)),
            _detected.Contains(g.Key))).ToImmutableArray();

        var falsePositives = predicted.Where(p => !gold.Contains(p.Key))
            .OrderByDescending(p => p.Value.Confidence).ThenBy(p => p.Key, UnitOrder.Instance)
            .Take(ExampleCount)
            .Select(p => new Example(p.Key.File, p.Key.Turn, p.Key.Id, p.Value.Quote, Math.Round(p.Value.Confidence, 4)))
            .ToImmutableArray();
        var falseNegatives = RoundRobin(gold.Where(u => !predictedUnits.Contains(u) && _detected.Contains(u.Id)))
            .Take(ExampleCount)
            .Select(u => new Example(u.File, u.Turn, u.Id, goldQuotes[u], null))
            .ToImmutableArray();

        return new EvaluationReport(folder, files, timedFiles, coachTurns, markers, behaviours, pcc, micro, macro, session, LevelAgreement.Of(levels), falsePositives, falseNegatives);
    }

    private ImmutableArray<GroupScore> Groups(List<Unit> gold, List<Unit> predicted, Func<MarkerFacts, ImmutableArray<string>> codes)
    {
        // A unit is (file, turn, code, polarity): present when any marker of that code and polarity is.
        HashSet<(string, int, string, string)> Expand(IEnumerable<Unit> units) =>
            units.SelectMany(u => codes(_facts[u.Id]).Select(c => (u.File, u.Turn, c, PolarityName(_facts[u.Id].Polarity)))).ToHashSet();

        var g = Expand(gold);
        var p = Expand(predicted);
        return g.Concat(p).Select(u => (u.Item3, u.Item4)).Distinct()
            .OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2, StringComparer.Ordinal)
            .Select(k => new GroupScore(k.Item1, k.Item2, Confusion.Of(
                g.Where(u => u.Item3 == k.Item1 && u.Item4 == k.Item2).ToHashSet(),
                p.Where(u => u.Item3 == k.Item1 && u.Item4 == k.Item2).ToHashSet())))
            .ToImmutableArray();
    }

    private static IEnumerable<Unit> RoundRobin(IEnumerable<Unit> units)
    {
        var queues = units.OrderBy(u => u, UnitOrder.Instance).GroupBy(u => u.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new Queue<Unit>(g)).ToList();
        while (queues.Any(q => q.Count > 0))
        {
            foreach (var queue in queues.Where(q => q.Count > 0))
            {
                yield return queue.Dequeue();
            }
        }
    }

    private static double? Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : list.Average();
    }

    private static string PolarityName(Polarity polarity) => polarity == Polarity.Evidence ? "evidence" : "redFlag";

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "...";

    /// <summary>One scored decision: a marker ID on a coach turn of a file.</summary>
    internal sealed record Unit(string File, int Turn, string Id);

    private sealed class UnitOrder : IComparer<Unit>
    {
        public static UnitOrder Instance { get; } = new();

        public int Compare(Unit? x, Unit? y)
        {
            var c = string.CompareOrdinal(x!.File, y!.File);
            if (c == 0) c = x.Turn.CompareTo(y.Turn);
            return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
        }
    }
}
