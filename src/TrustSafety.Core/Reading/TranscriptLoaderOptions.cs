using System.ComponentModel.DataAnnotations;

namespace TrustSafety.Reading;

/// <summary>Limits and choices for loading transcripts.</summary>
public sealed class TranscriptLoaderOptions
{
    /// <summary>Gets or sets the largest input accepted, in bytes.</summary>
    /// <value>The default value is 50 MB (52,428,800 bytes).</value>
    [Range(1, long.MaxValue)]
    public long MaxInputBytes { get; set; } = 50L * 1024 * 1024;
}
