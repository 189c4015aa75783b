using System.Collections.Immutable;
using TrustSafety.Text;

namespace TrustSafety.Markers.Lexicons;

/// <summary>
/// A phrase table shipped as an embedded resource (<c>Lexicons/NAME.txt</c>): one <c>label: phrase</c>
/// per line, <c>#</c> comments and blank lines ignored. All tables of the package are compiled, once,
/// into one <see cref="PhraseMatcher"/>, so a transcript is scanned in a single shared pass whatever the
/// number of detectors and tables (the result is cached per transcript by
/// <see cref="TextAnalysis.Match"/>); a lexicon is that pass's matches from its own table, optionally
/// only those of one label (<c>new Lexicon("interpretation-exclusions", "reflect")</c>).
/// </summary>
internal sealed class Lexicon(string name, string? label = null)
{
    private const string Prefix = "TrustSafety.Markers.Lexicons.";

    private static readonly Lazy<PhraseMatcher> Combined = new(Compile, LazyThreadSafetyMode.ExecutionAndPublication);

    public string Name { get; } = name;

    /// <summary>Gets the one label this lexicon keeps, or <see langword="null"/> for every label of the table.</summary>
    public string? Label { get; } = label;

    /// <summary>Gets this table's matches in a turn, with the table's own labels.</summary>
    public ImmutableArray<PhraseMatch> Match(TextAnalysis analysis, int turnIndex) => Own(analysis.Match(Combined.Value, turnIndex));

    /// <summary>Gets this table's matches in a text outside a transcript (one pass of the combined matcher, not cached).</summary>
    public ImmutableArray<PhraseMatch> Match(TurnText text) => Own(MatchAll(text));

    /// <summary>Gets the matches of every table in a text, for <see cref="From"/>: one pass for many tables.</summary>
    public static ImmutableArray<PhraseMatch> MatchAll(TurnText text) => Combined.Value.Match(text);

    /// <summary>Gets this table's matches among those of <see cref="MatchAll"/>, with the table's own labels.</summary>
    public ImmutableArray<PhraseMatch> From(ImmutableArray<PhraseMatch> all) => Own(all);

    private ImmutableArray<PhraseMatch> Own(ImmutableArray<PhraseMatch> matches)
    {
        var prefix = Name + "/";
        return [.. matches
            .Where(m => m.Label.StartsWith(prefix, StringComparison.Ordinal))
            .Select(m => m with { Label = m.Label[prefix.Length..] })
            .Where(m => Label is null || m.Label == Label)];
    }

    /// <summary>Reads the lines of an embedded lexicon.</summary>
    public static ImmutableArray<string> Load(string name)
    {
        var resource = Prefix + name + ".txt";
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The lexicon resource '{resource}' is missing from TrustSafety.Markers.");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }

    /// <summary>Gets the names of every embedded table.</summary>
    public static IEnumerable<string> Names() => typeof(Lexicon).Assembly.GetManifestResourceNames()
        .Where(r => r.StartsWith(Prefix, StringComparison.Ordinal) && r.EndsWith(".txt", StringComparison.Ordinal))
        .Select(r => r[Prefix.Length..^4])
        .Order(StringComparer.Ordinal);

    private static PhraseMatcher Compile() => PhraseMatcher.Create(Names().SelectMany(name => Entries(name, Load(name))));

    private static IEnumerable<(string Label, string Phrase)> Entries(string name, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new InvalidOperationException($"Lexicon {name}: '{line}' is not 'label: phrase'.");
            }

            yield return ($"{name}/{line[..colon].Trim()}", line[(colon + 1)..].Trim());
        }
    }
}
