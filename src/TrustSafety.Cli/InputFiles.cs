using System.Text;
using System.Text.RegularExpressions;

namespace TrustSafety.Cli;

/// <summary>
/// Expands <c>analyze</c>'s inputs: a file is itself; a directory is every transcript file under it
/// (<c>.txt .vtt .srt .json</c>, recursively, not <c>*.gold.json</c>); a glob (<c>*</c>, <c>?</c>,
/// <c>**</c>) is the files it matches. Each file keeps the path relative to its input's root, which
/// names its report under <c>--out</c>.
/// </summary>
internal static class InputFiles
{
    private static readonly string[] TranscriptExtensions = [".txt", ".vtt", ".srt", ".json"];

    /// <summary>A transcript file and its path relative to the input it came from.</summary>
    public sealed record Input(string FullPath, string RelativePath);

    public static IReadOnlyList<Input> Expand(IEnumerable<string> inputs)
    {
        var files = new List<Input>();
        foreach (var input in inputs)
        {
            if (input.IndexOfAny(['*', '?']) >= 0)
            {
                var matched = Glob(input);
                if (matched.Count == 0)
                {
                    throw new CliInputException($"'{input}' matches no file.");
                }

                files.AddRange(matched);
            }
            else if (Directory.Exists(input))
            {
                var root = Path.GetFullPath(input);
                var found = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                    .Where(f => TranscriptExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase) && !f.EndsWith(".gold.json", StringComparison.OrdinalIgnoreCase))
                    .Select(f => new Input(f, Path.GetRelativePath(root, f)))
                    .ToList();
                if (found.Count == 0)
                {
                    throw new CliInputException($"the folder '{input}' holds no transcript file ({string.Join(' ', TranscriptExtensions)}).");
                }

                files.AddRange(found);
            }
            else
            {
                files.Add(new Input(Path.GetFullPath(input), Path.GetFileName(input)));
            }
        }

        return [.. files.DistinctBy(f => f.FullPath).OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }

    private static List<Input> Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var segments = normalized.Split('/');
        var fixedCount = segments.TakeWhile(s => s.IndexOfAny(['*', '?']) < 0).Count();
        var root = Path.GetFullPath(fixedCount == 0 ? "." : string.Join('/', segments.Take(fixedCount)) is { Length: > 0 } r ? r : "/");
        if (!Directory.Exists(root))
        {
            return [];
        }

        var regex = new Regex("^" + ToRegex(string.Join('/', segments.Skip(fixedCount))) + "$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        return [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => new Input(f, Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Where(f => regex.IsMatch(f.RelativePath))];
    }

    /// <summary><c>**/</c> is any folders, <c>*</c> any characters but <c>/</c>, <c>?</c> one such character.</summary>
    private static string ToRegex(string glob)
    {
        var text = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            if (glob.AsSpan(i).StartsWith("**/"))
            {
                text.Append("(?:[^/]*/)*");
                i += 2;
            }
            else if (glob.AsSpan(i).StartsWith("**"))
            {
                text.Append(".*");
                i++;
            }
            else
            {
                text.Append(glob[i] switch { '*' => "[^/]*", '?' => "[^/]", var c => Regex.Escape(c.ToString())});
            }
        }

        return text.ToString();
    }
}
