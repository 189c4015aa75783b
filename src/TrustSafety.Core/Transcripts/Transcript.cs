using System.Collections.Immutable;
using TrustSafety.Diagnostics;
using TrustSafety.Text;

namespace TrustSafety.Transcripts;

/// <summary>
/// An immutable coaching-session transcript: speakers, turns, where it came from and how roles were
/// assigned. Derived figures and the shared text analysis are computed once, on first use.
/// </summary>
public sealed class Transcript
{
    private readonly Lazy<TextAnalysis> _analysis;
    private readonly Lazy<TranscriptFigures> _figures;

    internal Transcript(
        ImmutableArray<Speaker> speakers,
        ImmutableArray<Turn> turns,
        TranscriptSource source,
        RoleAssignmentMode roleAssignment,
        ImmutableDictionary<string, string> metadata,
        ImmutableArray<Diagnostic> diagnostics,
        Lazy<TextAnalysis>? analysis = null)
    {
        Speakers = speakers;
        Turns = turns;
        Source = source;
        RoleAssignment = roleAssignment;
        Metadata = metadata;
        Diagnostics = diagnostics;
        _analysis = analysis ?? new Lazy<TextAnalysis>(() => new TextAnalysis(Turns), LazyThreadSafetyMode.ExecutionAndPublication);
        _figures = new Lazy<TranscriptFigures>(() => new TranscriptFigures(Turns, TextAnalysis), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the speakers, in order of first appearance.</summary>
    public ImmutableArray<Speaker> Speakers { get; }

    /// <summary>Gets the turns, in order.</summary>
    public ImmutableArray<Turn> Turns { get; }

    /// <summary>Gets where the transcript came from.</summary>
    public TranscriptSource Source { get; }

    /// <summary>Gets how the speakers' roles were decided.</summary>
    public RoleAssignmentMode RoleAssignment { get; }

    /// <summary>Gets free-form metadata from the source (title, date, ...).</summary>
    public ImmutableDictionary<string, string> Metadata { get; }

    /// <summary>Gets diagnostics from reading and role assignment (oddities in the file, guessed roles).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether every turn has both start and end times.</summary>
    public bool HasTimes => Turns.All(t => t.Start is not null && t.End is not null);

    /// <summary>Gets the shared text analysis (tokens, sentences, questions per turn).</summary>
    public TextAnalysis TextAnalysis => _analysis.Value;

    /// <summary>Gets the derived figures (words, talk time, shares, gaps).</summary>
    public TranscriptFigures Figures => _figures.Value;

    /// <summary>Gets a speaker by id.</summary>
    /// <param name="id">The speaker id.</param>
    /// <returns>The speaker, or <see langword="null"/>.</returns>
    public Speaker? FindSpeaker(string id) => Speakers.FirstOrDefault(s => s.Id == id);

    /// <summary>Returns a copy with new roles for the speakers.</summary>
    /// <param name="roles">The role of each speaker id; speakers not listed keep their role.</param>
    /// <param name="mode">How the roles were decided.</param>
    /// <param name="diagnostics">Diagnostics to add (for example TS0003 for guessed roles).</param>
    /// <returns>The new transcript.</returns>
    public Transcript WithRoles(IReadOnlyDictionary<string, SpeakerRole> roles, RoleAssignmentMode mode, IEnumerable<Diagnostic>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var speakers = Speakers.Select(s => roles.TryGetValue(s.Id, out var role) ? s with { Role = role } : s).ToImmutableArray();
        var byId = speakers.ToDictionary(s => s.Id);
        var turns = Turns.Select(t => t.WithSpeaker(byId[t.Speaker.Id])).ToImmutableArray();
        return new Transcript(speakers, turns, Source, mode, Metadata, Diagnostics.AddRange(diagnostics ?? []), _analysis);
    }

    /// <summary>Returns a copy with a different source description.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The new transcript.</returns>
    public Transcript WithSource(TranscriptSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new Transcript(Speakers, Turns, source, RoleAssignment, Metadata, Diagnostics, _analysis);
    }
}
