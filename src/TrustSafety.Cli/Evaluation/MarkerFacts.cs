using System.Collections.Immutable;
using TrustSafety.Markers;

namespace TrustSafety.Cli.Evaluation;

/// <summary>What evaluation needs to know about a marker ID: polarity, behaviours, PCC markers, level, timing.</summary>
/// <param name="Id">The marker ID.</param>
/// <param name="Polarity">Evidence or red flag.</param>
/// <param name="Behaviours">Behaviour codes; empty for competency-wide.</param>
/// <param name="PccMarkers">PCC marker codes.</param>
/// <param name="IsSessionLevel">Whether the marker is judged per session rather than per turn.</param>
/// <param name="NeedsTimes">Whether it is scored only on transcripts with start and end times.</param>
internal sealed record MarkerFacts(string Id, Polarity Polarity, ImmutableArray<string> Behaviours, ImmutableArray<string> PccMarkers, bool IsSessionLevel, bool NeedsTimes)
{
    /// <summary>The markers that need start and end times to be scored.</summary>
    public static readonly ImmutableHashSet<string> TimingMarkers = ["TS4001", "TS4002", "TS4004"];

    /// <summary>The markers judged per session.</summary>
    public static readonly ImmutableHashSet<string> SessionMarkers = ["TS4001"];

    /// <summary>
    /// Every built-in marker ID fixed by the project's issues, with its mapping, so gold annotations can be
    /// scored (as missed) before a detector for the ID exists. Declared descriptors take precedence.
    /// </summary>
    public static readonly ImmutableDictionary<string, MarkerFacts> Planned = new (string Id, Polarity Polarity, string[] Behaviours, string[] Pcc)[]
    {
        ("TS4001", Polarity.RedFlag, [], []),
        ("TS4002", Polarity.Evidence, [], []),
        ("TS4003", Polarity.RedFlag, [], []),
        ("TS4004", Polarity.RedFlag, [], []),
        ("TS4005", Polarity.Evidence, [], []),
        ("TS4006", Polarity.RedFlag, [], []),
        ("TS4007", Polarity.Evidence, [], []),
        ("TS4008", Polarity.RedFlag, [], []),
        ("TS4101", Polarity.Evidence, ["4.1"], []),
        ("TS4201", Polarity.Evidence, ["4.2", "4.5"], []),
        ("TS4202", Polarity.Evidence, ["4.2"], []),
        ("TS4203", Polarity.RedFlag, ["4.2"], []),
        ("TS4204", Polarity.RedFlag, ["4.1", "4.2"], []),
        ("TS4301", Polarity.Evidence, ["4.3"], ["4.1"]),
        ("TS4302", Polarity.Evidence, ["4.3"], ["4.1"]),
        ("TS4401", Polarity.Evidence, ["4.4"], ["4.2"]),
        ("TS4402", Polarity.RedFlag, ["4.4"], ["4.2"]),
        ("TS4501", Polarity.Evidence, ["4.5"], ["4.3"]),
        ("TS4502", Polarity.Evidence, ["4.5"], ["4.3"]),
        ("TS4503", Polarity.RedFlag, ["4.5"], ["4.3"]),
        ("TS4504", Polarity.RedFlag, ["4.5"], []),
        ("TS4601", Polarity.Evidence, ["4.6"], ["4.4"]),
        ("TS4602", Polarity.Evidence, ["4.6"], []),
        ("TS4603", Polarity.RedFlag, ["4.6"], ["4.4"]),
        ("TS4604", Polarity.Evidence, ["4.6"], ["4.4"]),
    }.ToImmutableDictionary(m => m.Id, m => Create(m.Id, m.Polarity, m.Behaviours, m.Pcc), StringComparer.Ordinal);

    /// <summary>Gets the facts of a declared descriptor.</summary>
    public static MarkerFacts From(MarkerDescriptor descriptor) =>
        Create(descriptor.Id, descriptor.Polarity, descriptor.Behaviours, descriptor.PccMarkers);

    private static MarkerFacts Create(string id, Polarity polarity, IEnumerable<string> behaviours, IEnumerable<string> pcc) =>
        new(id, polarity, [.. behaviours], [.. pcc], SessionMarkers.Contains(id), TimingMarkers.Contains(id) && !SessionMarkers.Contains(id));
}
