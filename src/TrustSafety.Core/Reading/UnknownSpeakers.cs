using TrustSafety.Diagnostics;
using TrustSafety.Markers;
using TrustSafety.Transcripts;

namespace TrustSafety.Reading;

/// <summary>
/// Counts utterances a reader could not attribute to a speaker, and reports them once per file (TS0008)
/// rather than once per cue.
/// </summary>
internal sealed class UnknownSpeakers
{
    /// <summary>The speaker id and name used for utterances without a speaker.</summary>
    public const string Name = "Unknown";

    private int _count;
    private SourceLine? _first;

    public string Note(SourceLine line)
    {
        _count++;
        _first ??= line;
        return Name;
    }

    public void Report(TranscriptBuilder builder)
    {
        if (_first is { } first)
        {
            builder.AddDiagnostic(new Diagnostic(
                DiagnosticIds.UnknownSpeaker,
                Severity.Warning,
                $"{_count} cue(s) name no speaker (the first at line {first.Number}); they are attributed to '{Name}'. Name the speakers in the file, or check the roles.",
                new DiagnosticLocation(first.Number, 1, null)));
        }
    }
}
