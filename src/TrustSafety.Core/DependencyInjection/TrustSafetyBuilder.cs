using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TrustSafety.Analysis;
using TrustSafety.Configuration;
using TrustSafety.Reading;

namespace TrustSafety.DependencyInjection;

/// <summary>Adds detectors, readers and options to the TrustSafety services. Every method is idempotent.</summary>
public sealed class TrustSafetyBuilder
{
    internal TrustSafetyBuilder(IServiceCollection services, IConfiguration? configuration)
    {
        Services = services;
        Configuration = configuration;
    }

    /// <summary>Gets the service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Gets the configuration the options are bound from, if one was given.</summary>
    public IConfiguration? Configuration { get; }

    /// <summary>Adds a detector type (created by the container, so it can take options and services).</summary>
    /// <typeparam name="TDetector">The detector type.</typeparam>
    /// <returns>This builder.</returns>
    public TrustSafetyBuilder AddDetector<TDetector>()
        where TDetector : class, IMarkerDetector
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IMarkerDetector, TDetector>());
        return this;
    }

    /// <summary>Adds a detector type known only at run time (for example loaded from a plug-in assembly).</summary>
    /// <param name="detectorType">A non-abstract class implementing <see cref="IMarkerDetector"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The type is not a concrete detector class.</exception>
    public TrustSafetyBuilder AddDetector(Type detectorType)
    {
        ArgumentNullException.ThrowIfNull(detectorType);
        if (!detectorType.IsClass || detectorType.IsAbstract || !typeof(IMarkerDetector).IsAssignableFrom(detectorType))
        {
            throw new ArgumentException($"{detectorType.FullName} is not a non-abstract class implementing IMarkerDetector.", nameof(detectorType));
        }

        Services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IMarkerDetector), detectorType));
        return this;
    }

    /// <summary>Adds a detector instance (added once, however often this is called with it).</summary>
    /// <param name="detector">The detector.</param>
    /// <returns>This builder.</returns>
    public TrustSafetyBuilder AddDetector(IMarkerDetector detector)
    {
        ArgumentNullException.ThrowIfNull(detector);
        if (!Services.Any(d => d.ServiceType == typeof(IMarkerDetector) && ReferenceEquals(d.ImplementationInstance, detector)))
        {
            Services.AddSingleton(detector);
        }

        return this;
    }

    /// <summary>
    /// Adds a detector type with its own options class, bound from <c>TrustSafety:Detectors:{name}</c> and
    /// validated with its DataAnnotations when first used (failures name the full key); resolving the
    /// <see cref="TranscriptAnalyzer"/> creates the detectors and so validates their options.
    /// </summary>
    /// <typeparam name="TDetector">The detector type.</typeparam>
    /// <typeparam name="TOptions">The detector's options class.</typeparam>
    /// <param name="name">The detector's configuration name.</param>
    /// <returns>This builder.</returns>
    public TrustSafetyBuilder AddDetector<TDetector, TOptions>(string name)
        where TDetector : class, IMarkerDetector
        where TOptions : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        AddDetector<TDetector>();
        if (Services.Any(d => d.ServiceType == typeof(DetectorOptionsMarker<TOptions>)))
        {
            return this;
        }

        Services.AddSingleton<DetectorOptionsMarker<TOptions>>();
        var section = $"{TrustSafetyOptions.SectionName}:Detectors:{name}";
        var options = Services.AddOptions<TOptions>().ValidateOnStart();
        Services.AddSingleton<IValidateOptions<TOptions>>(new DetectorOptionsValidator<TOptions>(section));
        if (Configuration is not null)
        {
            options.Bind(Configuration.GetSection(section));
        }

        return this;
    }

    /// <summary>Adds a transcript reader for another format.</summary>
    /// <typeparam name="TReader">The reader type.</typeparam>
    /// <returns>This builder.</returns>
    public TrustSafetyBuilder AddTranscriptReader<TReader>()
        where TReader : class, ITranscriptReader
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<ITranscriptReader, TReader>());
        return this;
    }

    /// <summary>Configures the analyzer's options in code (after configuration binding).</summary>
    /// <param name="configure">The change to make.</param>
    /// <returns>This builder.</returns>
    public TrustSafetyBuilder Configure(Action<TrustSafetyOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }

    /// <summary>Records that a detector options type has been registered, so registration is idempotent.</summary>
    private sealed class DetectorOptionsMarker<TOptions>;
}
