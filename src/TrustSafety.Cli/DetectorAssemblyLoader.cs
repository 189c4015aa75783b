using System.Reflection;
using System.Runtime.Loader;
using TrustSafety.Analysis;

namespace TrustSafety.Cli;

/// <summary>
/// Loads third-party detectors (<c>--detectors</c>): loads an assembly into the default load context
/// (so it shares this tool's TrustSafety.Core) and finds its public detector classes.
/// </summary>
internal static class DetectorAssemblyLoader
{
    /// <summary>Loads an assembly and returns its public, non-abstract classes implementing <see cref="IMarkerDetector"/>.</summary>
    /// <param name="path">The assembly path, as the user gave it.</param>
    /// <returns>The detector types, ordered by full name.</returns>
    /// <exception cref="CliInputException">The file is missing, not a .NET assembly, cannot be loaded, or has no detectors.</exception>
    public static IReadOnlyList<Type> LoadDetectorTypes(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var assembly = Load(path);
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception e) when (e is ReflectionTypeLoadException or FileNotFoundException or FileLoadException or TypeLoadException)
        {
            throw new CliInputException($"the detector assembly '{path}' cannot be inspected (a dependency may be missing): {e.Message}", e);
        }

        var detectors = types
            .Where(t => t.IsClass && !t.IsAbstract && !t.ContainsGenericParameters && typeof(IMarkerDetector).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
        if (detectors.Count == 0)
        {
            throw new CliInputException($"the assembly '{path}' has no public, non-abstract class implementing {typeof(IMarkerDetector).FullName}.");
        }

        return detectors;
    }

    private static Assembly Load(string path)
    {
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new CliInputException($"'{path}' is not a valid path for a detector assembly: {e.Message}", e);
        }

        if (!File.Exists(fullPath))
        {
            throw new CliInputException($"the detector assembly '{path}' does not exist.");
        }

        try
        {
            return AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
        }
        catch (BadImageFormatException e)
        {
            throw new CliInputException($"'{path}' is not a .NET assembly: {e.Message}", e);
        }
        catch (Exception e) when (e is FileLoadException or IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"the detector assembly '{path}' cannot be loaded: {e.Message}", e);
        }
    }
}
