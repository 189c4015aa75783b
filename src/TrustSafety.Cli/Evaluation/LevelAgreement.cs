using System.Collections.Immutable;
using TrustSafety.Assessment;

namespace TrustSafety.Cli.Evaluation;

/// <summary>
/// How well the session assessment's evidence levels agree with an assessor's session-level judgements
/// (<c>levels</c> in the gold files): per row, and pooled over the behaviour rows, the PCC rows and all rows,
/// as raw agreement and Cohen's kappa (agreement corrected for chance).
/// </summary>
/// <param name="Rows">Per row (<c>4.1</c>…<c>4.6</c>, <c>PCC 4.1</c>…<c>PCC 4.4</c>, <c>overall</c>), in that order.</param>
/// <param name="Pooled">Pooled over <c>behaviours</c>, <c>pccMarkers</c> and <c>all</c> rows.</param>
/// <param name="Confusion">Over all rows: how often each gold level met each predicted level.</param>
internal sealed record LevelAgreement(ImmutableArray<LevelScore> Rows, ImmutableArray<LevelScore> Pooled, ImmutableArray<LevelConfusion> Confusion)
{
    /// <summary>Scores judged rows.</summary>
    /// <param name="judged">Each judged row of each session: the row, the gold level and the predicted level.</param>
    /// <returns>The agreement.</returns>
    public static LevelAgreement Of(IReadOnlyList<(string Row, EvidenceLevel Gold, EvidenceLevel Predicted)> judged)
    {
        var rows = judged.Select(j => j.Row).Distinct().OrderBy(RowOrder).ThenBy(r => r, StringComparer.Ordinal)
            .Select(row => Score(row, judged.Where(j => j.Row == row)))
            .ToImmutableArray();
        var pooled = ImmutableArray.Create(
            Score("behaviours", judged.Where(j => !j.Row.StartsWith("PCC", StringComparison.Ordinal) && j.Row != "overall")),
            Score("pccMarkers", judged.Where(j => j.Row.StartsWith("PCC", StringComparison.Ordinal))),
            Score("all", judged));
        var confusion = EvidenceLevelNames.Levels.SelectMany(g => EvidenceLevelNames.Levels.Select(p => new LevelConfusion(g, p, judged.Count(j => j.Gold == g && j.Predicted == p))))
            .Where(c => c.Count > 0)
            .ToImmutableArray();
        return new LevelAgreement(rows, pooled, confusion);
    }

    /// <summary>
    /// Cohen's kappa: (observed agreement − chance agreement) ÷ (1 − chance agreement), where chance
    /// agreement is Σ over levels of (gold share × predicted share). <see langword="null"/> when there is
    /// nothing to judge or chance agreement is 1 (both sides always give the same single level).
    /// </summary>
    /// <param name="pairs">The (gold, predicted) pairs.</param>
    /// <returns>Kappa, between −1 and 1.</returns>
    public static double? Kappa(IReadOnlyCollection<(EvidenceLevel Gold, EvidenceLevel Predicted)> pairs)
    {
        if (pairs.Count == 0)
        {
            return null;
        }

        double n = pairs.Count;
        var observed = pairs.Count(p => p.Gold == p.Predicted) / n;
        var chance = EvidenceLevelNames.Levels.Sum(level => pairs.Count(p => p.Gold == level) / n * (pairs.Count(p => p.Predicted == level) / n));
        return chance >= 1 ? null : (observed - chance) / (1 - chance);
    }

    private static LevelScore Score(string row, IEnumerable<(string Row, EvidenceLevel Gold, EvidenceLevel Predicted)> judged)
    {
        var pairs = judged.Select(j => (j.Gold, j.Predicted)).ToList();
        return new LevelScore(row, pairs.Count, pairs.Count(p => p.Gold == p.Predicted), Kappa(pairs));
    }

    private static int RowOrder(string row) => row == "overall" ? 2 : row.StartsWith("PCC", StringComparison.Ordinal) ? 1 : 0;
}

/// <summary>The agreement on one row, or on a pool of rows.</summary>
/// <param name="Row">The row (<c>4.1</c>, <c>PCC 4.3</c>, <c>overall</c>) or pool (<c>behaviours</c>, <c>pccMarkers</c>, <c>all</c>).</param>
/// <param name="Judged">How many (session, row) judgements.</param>
/// <param name="Agreed">How many of them the assessment gives the same level.</param>
/// <param name="Kappa">Cohen's kappa, or <see langword="null"/> when undefined.</param>
internal sealed record LevelScore(string Row, int Judged, int Agreed, double? Kappa)
{
    /// <summary>Gets the share of judgements the assessment agrees with.</summary>
    public double? Agreement => Judged == 0 ? null : (double)Agreed / Judged;
}

/// <summary>How often a gold level met a predicted level.</summary>
internal sealed record LevelConfusion(EvidenceLevel Gold, EvidenceLevel Predicted, int Count);
