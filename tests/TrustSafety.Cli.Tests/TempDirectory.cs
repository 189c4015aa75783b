using System.Text;

namespace TrustSafety.Cli.Tests;

/// <summary>A directory for a test's files, deleted with everything in it on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        FullPath = Path.Combine(Path.GetTempPath(), "trustsafety-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(FullPath);
    }

    public string FullPath { get; }

    /// <summary>Writes a UTF-8 file and returns its full path.</summary>
    public string Write(string name, string content)
    {
        var path = Path.Combine(FullPath, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(FullPath))
        {
            Directory.Delete(FullPath, recursive: true);
        }
    }
}
