using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrustSafety.Analysis;
using TrustSafety.Configuration;
using TrustSafety.DependencyInjection;
using TrustSafety.Reading;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers TrustSafety in a service collection.</summary>
public static class TrustSafetyServiceCollectionExtensions
{
    /// <summary>
    /// Adds the analyzer, the loader with the built-in readers, and validated options. Safe to call more
    /// than once.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddTrustSafety(this IServiceCollection services) =>
        AddTrustSafety(services, configuration: null, configure: null);

    /// <summary>
    /// Adds the analyzer, the loader with the built-in readers, and validated options, then detectors and
    /// readers. Safe to call more than once.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Adds detectors and readers.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddTrustSafety(this IServiceCollection services, Action<TrustSafetyBuilder> configure) =>
        AddTrustSafety(services, configuration: null, configure);

    /// <summary>
    /// Adds the analyzer, the loader with the built-in readers, and options bound from the
    /// <c>TrustSafety</c> section of a configuration and validated on start. Safe to call more than once.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration whose <c>TrustSafety</c> section holds the options, if any.</param>
    /// <param name="configure">Adds detectors and readers.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddTrustSafety(this IServiceCollection services, IConfiguration? configuration, Action<TrustSafetyBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = new TrustSafetyBuilder(services, configuration);
        if (!services.Any(d => d.ServiceType == typeof(TranscriptAnalyzer)))
        {
            var options = services.AddOptions<TrustSafetyOptions>().ValidateOnStart();
            if (configuration is not null)
            {
                options.Bind(configuration.GetSection(TrustSafetyOptions.SectionName));
                services.AddSingleton<IValidateOptions<TrustSafetyOptions>>(new ConfigurationSectionValidator(configuration));
            }

            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TrustSafetyOptions>, TrustSafetyOptionsValidator>());
            services.AddOptions<TranscriptLoaderOptions>().ValidateDataAnnotations().ValidateOnStart();
            services.TryAddSingleton(TimeProvider.System);
            foreach (var reader in TranscriptLoader.BuiltInReaders)
            {
                services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(ITranscriptReader), reader));
            }

            services.TryAddSingleton(sp => new TranscriptLoader(
                sp.GetServices<ITranscriptReader>(),
                sp.GetRequiredService<IOptions<TranscriptLoaderOptions>>().Value));
            services.TryAddSingleton(sp => new TranscriptAnalyzer(
                sp.GetServices<IMarkerDetector>(),
                sp.GetRequiredService<IOptions<TrustSafetyOptions>>().Value,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetService<ILogger<TranscriptAnalyzer>>()));
        }

        configure?.Invoke(builder);
        return services;
    }
}
