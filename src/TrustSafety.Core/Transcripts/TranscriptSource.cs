namespace TrustSafety.Transcripts;

/// <summary>Where a transcript came from.</summary>
/// <param name="Name">The file path or another name of the source, or <see langword="null"/> when built in code.</param>
/// <param name="Format">The format name (<c>plain</c>, <c>json</c>, ...), as detected or given.</param>
public sealed record TranscriptSource(string? Name, string Format)
{
    /// <summary>Gets the source of a transcript built in code.</summary>
    public static TranscriptSource InMemory { get; } = new(null, "memory");
}
