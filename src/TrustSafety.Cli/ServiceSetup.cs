using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TrustSafety.Analysis;
using TrustSafety.Configuration;
using TrustSafety.Reading;

namespace TrustSafety.Cli;

/// <summary>
/// Builds the services a command uses: the configuration file (<c>--config</c>), the built-in detectors,
/// any detectors from <c>--detectors</c>, and validated options. Every problem the user can fix becomes a
/// <see cref="CliInputException"/> naming the file or the configuration key.
/// </summary>
internal static class ServiceSetup
{
    /// <summary>Builds and validates the services.</summary>
    /// <param name="configPath">The configuration file, or <see langword="null"/> for the defaults.</param>
    /// <param name="detectorAssemblies">Assemblies whose detectors to add.</param>
    /// <returns>The services; <see cref="TranscriptLoader"/> and <see cref="TranscriptAnalyzer"/> resolve without error.</returns>
    /// <exception cref="CliInputException">The configuration or a detector assembly is not usable.</exception>
    public static ServiceProvider Build(string? configPath, IReadOnlyList<string> detectorAssemblies)
    {
        ArgumentNullException.ThrowIfNull(detectorAssemblies);
        var configuration = configPath is null ? null : LoadConfiguration(configPath);
        var detectorTypes = detectorAssemblies.SelectMany(DetectorAssemblyLoader.LoadDetectorTypes).ToList();

        var services = new ServiceCollection();
        services.AddTrustSafety(configuration, builder =>
        {
            builder.AddBuiltInMarkers();
            foreach (var type in detectorTypes)
            {
                builder.AddDetector(type);
            }
        });

        var provider = services.BuildServiceProvider();
        try
        {
            Validate(provider, configPath);
            return provider;
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    private static IConfiguration LoadConfiguration(string configPath)
    {
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(configPath);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new CliInputException($"'{configPath}' is not a valid path for a configuration file: {e.Message}", e);
        }

        if (!File.Exists(fullPath))
        {
            throw new CliInputException($"the configuration file '{configPath}' does not exist.");
        }

        IConfigurationRoot configuration;
        try
        {
            configuration = new ConfigurationBuilder().AddJsonFile(fullPath, optional: false, reloadOnChange: false).Build();
        }
        catch (InvalidDataException e)
        {
            throw new CliInputException($"the configuration file '{configPath}' is not valid JSON: {Innermost(e).Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            throw new CliInputException($"the configuration file '{configPath}' cannot be read: {e.Message}", e);
        }

        if (!configuration.GetSection(TrustSafetyOptions.SectionName).Exists() && configuration.GetChildren().Any())
        {
            throw new CliInputException(
                $"the configuration file '{configPath}' has no '{TrustSafetyOptions.SectionName}' section; put the settings under it: {{ \"{TrustSafetyOptions.SectionName}\": {{ \"Markers\": {{ ... }} }} }}.");
        }

        return configuration;
    }

    private static Exception Innermost(Exception e)
    {
        // The JSON reader's own exception says where: "... LineNumber: 1 | BytePositionInLine: 0."
        while (e.InnerException is { } inner)
        {
            e = inner;
        }

        return e;
    }

    /// <summary>Runs the validations a host runs on start, then creates the loader and the analyzer.</summary>
    private static void Validate(ServiceProvider provider, string? configPath)
    {
        var where = configPath is null ? "invalid configuration" : $"invalid configuration in '{configPath}'";
        try
        {
            provider.GetService<IStartupValidator>()?.Validate();
            _ = provider.GetRequiredService<TranscriptLoader>();
            _ = provider.GetRequiredService<TranscriptAnalyzer>();
        }
        catch (OptionsValidationException e)
        {
            throw new CliInputException([.. e.Failures.Select(f => $"{where}: {f}")], e);
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.All(i => i is OptionsValidationException))
        {
            var failures = e.Flatten().InnerExceptions.Cast<OptionsValidationException>().SelectMany(i => i.Failures);
            throw new CliInputException([.. failures.Select(f => $"{where}: {f}")], e);
        }
        catch (InvalidOperationException e)
        {
            // The configuration binder names the key it could not convert; the container names a detector it cannot create.
            var isBinding = e.Message.Contains($"{TrustSafetyOptions.SectionName}:", StringComparison.Ordinal);
            throw new CliInputException($"{(isBinding ? where : "cannot set up the detectors")}: {e.Message}", e);
        }
        catch (ArgumentException e)
        {
            // The analyzer rejects detectors that declare no markers or the same marker ID.
            throw new CliInputException($"the detectors cannot be used together: {e.Message}", e);
        }
    }
}
