using System.Collections.Immutable;
using TrustSafety.Text;

namespace TrustSafety.Markers.Lexicons;

/// <summary>
/// A phrase table shipped as an embedded resource (<c>Lexicons/NAME.txt</c>): one <c>label: phrase</c>
/// per line, <c>#</c> comments and blank lines ignored. Loaded and compiled into a
/// <see cref="PhraseMatcher"/> once, when first used.
/// </summary>
internal sealed class Lexicon
{
    private readonly Lazy<PhraseMatcher> _matcher;

    public Lexicon(string name)
    {
        Name = name;
        _matcher = new Lazy<PhraseMatcher>(() => PhraseMatcher.Create(Entries(Load(name))), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Name { get; }

    /// <summary>Gets the compiled matcher (shared by every analysis, so its matches are cached per transcript).</summary>
    public PhraseMatcher Matcher => _matcher.Value;

    /// <summary>Reads the lines of an embedded lexicon.</summary>
    public static ImmutableArray<string> Load(string name)
    {
        var resource = $"TrustSafety.Markers.Lexicons.{name}.txt";
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The lexicon resource '{resource}' is missing from TrustSafety.Markers.");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }

    private IEnumerable<(string Label, string Phrase)> Entries(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new InvalidOperationException($"Lexicon {Name}: '{line}' is not 'label: phrase'.");
            }

            yield return (line[..colon].Trim(), line[(colon + 1)..].Trim());
        }
    }
}
