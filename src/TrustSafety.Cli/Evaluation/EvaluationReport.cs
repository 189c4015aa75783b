using System.Collections.Immutable;

namespace TrustSafety.Cli.Evaluation;

/// <summary>The agreement of the analyzer with a gold-annotated corpus (see docs/evaluation.md).</summary>
/// <param name="Folder">The evaluated folder, as given.</param>
/// <param name="Files">The number of annotated transcripts.</param>
/// <param name="TimedFiles">How many of them have start and end times (timing markers are scored only on these).</param>
/// <param name="CoachTurns">The number of coach turns judged.</param>
/// <param name="Markers">Per turn-level marker ID.</param>
/// <param name="Behaviours">Per behaviour code and polarity (markers with a detector only).</param>
/// <param name="PccMarkers">Per PCC marker code and polarity (markers with a detector only).</param>
/// <param name="Micro">Counts summed over the markers with a detector.</param>
/// <param name="Macro">Means over the markers with a detector and at least one gold positive.</param>
/// <param name="Session">Session-level agreement per marker.</param>
/// <param name="Levels">Agreement of the evidence levels with the assessor's session-level judgements.</param>
/// <param name="FalsePositives">The most confident false positives, with quotes.</param>
/// <param name="FalseNegatives">Missed gold markers, a few of each ID, with quotes.</param>
internal sealed record EvaluationReport(
    string Folder,
    int Files,
    int TimedFiles,
    int CoachTurns,
    ImmutableArray<MarkerScore> Markers,
    ImmutableArray<GroupScore> Behaviours,
    ImmutableArray<GroupScore> PccMarkers,
    Confusion Micro,
    MacroScore Macro,
    ImmutableArray<SessionScore> Session,
    LevelAgreement Levels,
    ImmutableArray<Example> FalsePositives,
    ImmutableArray<Example> FalseNegatives);

/// <summary>The score of one marker ID.</summary>
internal sealed record MarkerScore(string Id, string Polarity, bool HasDetector, Confusion Counts);

/// <summary>The score of a behaviour or PCC marker, for one polarity.</summary>
internal sealed record GroupScore(string Code, string Polarity, Confusion Counts);

/// <summary>Macro averages and how many markers they cover.</summary>
internal sealed record MacroScore(int Markers, double? Precision, double? Recall, double? F1);

/// <summary>Session-level agreement for one marker.</summary>
/// <param name="Id">The marker ID.</param>
/// <param name="Judged">Sessions with a gold judgement.</param>
/// <param name="Agreed">Sessions where the analyzer agrees.</param>
/// <param name="Counts">Sessions judged present/predicted, as a confusion.</param>
/// <param name="HasDetector">Whether a detector declares the marker.</param>
internal sealed record SessionScore(string Id, int Judged, int Agreed, Confusion Counts, bool HasDetector)
{
    /// <summary>Gets the share of judged sessions where the analyzer agrees.</summary>
    public double? Agreement => Judged == 0 ? null : (double)Agreed / Judged;
}

/// <summary>A false positive or negative a person can read.</summary>
internal sealed record Example(string File, int Turn, string Id, string Quote, double? Confidence);
