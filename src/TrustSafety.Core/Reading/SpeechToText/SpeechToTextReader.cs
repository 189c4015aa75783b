using TrustSafety.Transcripts;

namespace TrustSafety.Reading.SpeechToText;

/// <summary>
/// The common part of the speech-to-text JSON readers: parses the document into a
/// <see cref="PositionedJsonNode"/> tree (so every error has a line and column), hands it to the flavour,
/// and builds the transcript. Speakers keep the service's diarization labels (roles are assigned later by
/// <see cref="RoleAssigner"/>); consecutive utterances of one speaker merge into a turn in
/// <see cref="TranscriptBuilder"/>.
/// </summary>
internal abstract class SpeechToTextReader : ITranscriptReader
{
    private readonly IReadOnlySet<string>? _skip;

    /// <summary>Creates the reader.</summary>
    /// <param name="formatName">The format name.</param>
    /// <param name="skip">Names of properties the flavour never reads (large per-word arrays), not kept in memory.</param>
    protected SpeechToTextReader(string formatName, IReadOnlySet<string>? skip)
    {
        FormatName = formatName;
        _skip = skip;
    }

    /// <inheritdoc />
    public string FormatName { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> FileExtensions { get; } = [".json"];

    /// <inheritdoc />
    public abstract int Detect(string head);

    /// <inheritdoc />
    public Transcript Read(TextReader reader, string? sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var root = PositionedJson.Parse(reader, sourceName, _skip, cancellationToken);
        var document = new SpeechToTextDocument(sourceName, FormatName);
        Read(root, document, cancellationToken);
        return document.Build();
    }

    /// <summary>Reads the flavour's utterances from the document into <paramref name="document"/>, in file order.</summary>
    /// <param name="root">The document's root value.</param>
    /// <param name="document">Collects the utterances and diagnostics, and makes positioned errors.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    protected abstract void Read(PositionedJsonNode root, SpeechToTextDocument document, CancellationToken cancellationToken);
}
