using Samples.Detectors;
using TrustSafety.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the sample detectors.</summary>
public static class SampleDetectorsServiceCollectionExtensions
{
    /// <summary>Adds the sample detectors to TrustSafety.</summary>
    /// <param name="builder">The TrustSafety builder.</param>
    /// <returns>The builder.</returns>
    public static TrustSafetyBuilder AddSampleDetectors(this TrustSafetyBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddDetector<PermissionAskingDetector>();
    }
}
