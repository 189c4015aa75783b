using System.Collections.Immutable;
using TrustSafety.Diagnostics;
using TrustSafety.Markers;

namespace TrustSafety.Transcripts;

/// <summary>
/// Builds a <see cref="Transcript"/> from utterances, merging consecutive utterances of one speaker into
/// one turn, and validates it: text not empty, times not negative, end not before start. A problem
/// throws <see cref="TranscriptFormatException"/> saying what and where.
/// </summary>
public sealed class TranscriptBuilder
{
    private readonly List<Speaker> _speakers = [];
    private readonly List<(string SpeakerId, Utterance Utterance)> _utterances = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<string, string> _metadata = [];

    /// <summary>Creates a builder.</summary>
    /// <param name="sourceName">The file path or another name of the source, used in error messages.</param>
    /// <param name="format">The format name reported in <see cref="TranscriptSource.Format"/>.</param>
    public TranscriptBuilder(string? sourceName = null, string format = "memory")
    {
        ArgumentNullException.ThrowIfNull(format);
        SourceName = sourceName;
        Format = format;
    }

    /// <summary>Gets the name of the source used in messages.</summary>
    public string? SourceName { get; }

    /// <summary>Gets the format name.</summary>
    public string Format { get; }

    /// <summary>Gets or sets how roles were decided for the speakers added so far.</summary>
    public RoleAssignmentMode RoleAssignment { get; set; }

    /// <summary>Gets the number of utterances added so far.</summary>
    public int UtteranceCount => _utterances.Count;

    /// <summary>Declares a speaker (a speaker used by an utterance is declared automatically).</summary>
    /// <param name="id">The unique id.</param>
    /// <param name="name">The display name; the id when omitted.</param>
    /// <param name="role">The role, when the source says.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="TranscriptFormatException">The id is empty or declared twice.</exception>
    public TranscriptBuilder AddSpeaker(string id, string? name = null, SpeakerRole role = SpeakerRole.Unknown)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new TranscriptFormatException("a speaker id is empty", SourceName);
        }

        if (_speakers.Any(s => s.Id == id))
        {
            throw new TranscriptFormatException($"speaker '{id}' is declared twice", SourceName);
        }

        _speakers.Add(new Speaker(id, string.IsNullOrWhiteSpace(name) ? id : name, role));
        return this;
    }

    /// <summary>Adds an utterance by a speaker.</summary>
    /// <param name="speakerId">The speaker's id.</param>
    /// <param name="utterance">The utterance.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="TranscriptFormatException">The text is empty or the times are invalid.</exception>
    public TranscriptBuilder AddUtterance(string speakerId, Utterance utterance)
    {
        ArgumentNullException.ThrowIfNull(speakerId);
        ArgumentNullException.ThrowIfNull(utterance);
        var where = utterance.SourcePosition;
        if (string.IsNullOrWhiteSpace(speakerId))
        {
            throw Error("the speaker is empty", where);
        }

        if (string.IsNullOrWhiteSpace(utterance.Text))
        {
            throw Error($"the text of {speakerId}'s utterance is empty", where);
        }

        if (utterance.Start < TimeSpan.Zero || utterance.End < TimeSpan.Zero)
        {
            throw Error($"a time is negative ({Describe(utterance.Start)} --> {Describe(utterance.End)})", where);
        }

        if (utterance is { Start: { } start, End: { } end } && end < start)
        {
            throw Error($"the end time {Describe(end)} is before the start time {Describe(start)}", where);
        }

        if (!_speakers.Any(s => s.Id == speakerId))
        {
            _speakers.Add(new Speaker(speakerId, speakerId, SpeakerRole.Unknown));
        }

        _utterances.Add((speakerId, utterance));
        return this;
    }

    /// <summary>Adds an utterance by a speaker.</summary>
    /// <param name="speakerId">The speaker's id.</param>
    /// <param name="text">The text.</param>
    /// <param name="start">The start time, if known.</param>
    /// <param name="end">The end time, if known.</param>
    /// <returns>This builder.</returns>
    public TranscriptBuilder AddUtterance(string speakerId, string text, TimeSpan? start = null, TimeSpan? end = null) =>
        AddUtterance(speakerId, new Utterance(text, start, end));

    /// <summary>Adds a diagnostic about the source (an oddity kept in the data).</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>This builder.</returns>
    public TranscriptBuilder AddDiagnostic(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _diagnostics.Add(diagnostic);
        return this;
    }

    /// <summary>Sets a metadata entry.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public TranscriptBuilder SetMetadata(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        _metadata[key] = value;
        return this;
    }

    /// <summary>Builds the transcript.</summary>
    /// <returns>The transcript.</returns>
    /// <exception cref="TranscriptFormatException">No utterance was added.</exception>
    public Transcript Build()
    {
        if (_utterances.Count == 0)
        {
            throw new TranscriptFormatException("the input contains no speaker turns, so it is not a transcript", SourceName);
        }

        var speakers = _speakers.Where(s => _utterances.Any(u => u.SpeakerId == s.Id)).ToImmutableArray();
        var diagnostics = _diagnostics.Concat(TimingOddities()).ToImmutableArray();
        var byId = speakers.ToDictionary(s => s.Id);
        var turns = ImmutableArray.CreateBuilder<Turn>();
        var run = ImmutableArray.CreateBuilder<Utterance>();
        string? current = null;
        foreach (var (speakerId, utterance) in _utterances)
        {
            if (current is not null && speakerId != current)
            {
                turns.Add(new Turn(turns.Count, byId[current], run.ToImmutable()));
                run.Clear();
            }

            current = speakerId;
            run.Add(utterance);
        }

        turns.Add(new Turn(turns.Count, byId[current!], run.ToImmutable()));
        return new Transcript(
            speakers,
            turns.ToImmutable(),
            new TranscriptSource(SourceName, Format),
            RoleAssignment,
            _metadata.ToImmutableDictionary(),
            diagnostics);
    }

    /// <summary>
    /// Overlap with a speaker's own previous utterance (TS0005) and times going backwards (TS0006): kept
    /// as the source gives them, and reported. Overlap between different speakers is normal data.
    /// </summary>
    private IEnumerable<Diagnostic> TimingOddities()
    {
        var lastBySpeaker = new Dictionary<string, Utterance>();
        Utterance? previous = null;
        var turn = -1;
        string? turnSpeaker = null;
        foreach (var (speakerId, utterance) in _utterances)
        {
            if (speakerId != turnSpeaker)
            {
                turn++;
                turnSpeaker = speakerId;
            }

            var where = new DiagnosticLocation(utterance.SourcePosition?.Line, utterance.SourcePosition?.Column, turn);
            if (utterance.Start is { } start)
            {
                if (previous?.Start is { } previousStart && start < previousStart)
                {
                    yield return new Diagnostic(DiagnosticIds.TimeGoesBackwards, Severity.Warning,
                        $"Times go backwards: this utterance starts at {Describe(start)}, before the previous one ({Describe(previousStart)}); both are kept as given.", where);
                }

                if (lastBySpeaker.TryGetValue(speakerId, out var own) && own.End is { } ownEnd && start < ownEnd)
                {
                    yield return new Diagnostic(DiagnosticIds.SelfOverlap, Severity.Warning,
                        $"{speakerId}'s utterance starts at {Describe(start)}, before their own previous one ends ({Describe(ownEnd)}); both are kept as given.", where);
                }
            }

            lastBySpeaker[speakerId] = utterance;
            previous = utterance.Start is null ? previous : utterance;
        }
    }

    private TranscriptFormatException Error(string problem, SourcePosition? where) => where is { } w
        ? new(problem, SourceName, w.Line, w.Column)
        : new($"{problem} (utterance {_utterances.Count}, 0-based)", SourceName);

    private static string Describe(TimeSpan? time) =>
        time is { } t ? t.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + "s" : "none";
}
