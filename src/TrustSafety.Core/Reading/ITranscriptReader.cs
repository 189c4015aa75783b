using TrustSafety.Transcripts;

namespace TrustSafety.Reading;

/// <summary>
/// Reads one transcript format. Readers are pluggable: register your own in DI
/// (<c>AddTranscriptReader&lt;T&gt;()</c>) to add a format.
/// </summary>
public interface ITranscriptReader
{
    /// <summary>Gets the format name (<c>plain</c>, <c>json</c>, ...), used by <c>--input-format</c> and reported in <see cref="TranscriptSource.Format"/>.</summary>
    string FormatName { get; }

    /// <summary>Gets the file extensions usual for the format, with the dot (used only to break ties in detection).</summary>
    IReadOnlyList<string> FileExtensions { get; }

    /// <summary>Says how sure the reader is that a text is in its format, from its first characters.</summary>
    /// <param name="head">The first few thousand characters of the input.</param>
    /// <returns>0 (not this format) to 100 (certainly this format).</returns>
    int Detect(string head);

    /// <summary>Reads a transcript. Roles are assigned afterwards by <see cref="RoleAssigner"/>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">The file path or another name used in messages.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The transcript.</returns>
    /// <exception cref="TranscriptFormatException">The text is not valid in this format; the message gives line and column.</exception>
    Transcript Read(TextReader reader, string? sourceName, CancellationToken cancellationToken = default);
}
