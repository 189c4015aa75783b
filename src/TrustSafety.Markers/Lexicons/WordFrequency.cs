using System.Collections.Frozen;
using System.Globalization;

namespace TrustSafety.Markers.Lexicons;

/// <summary>
/// The team-built general word-frequency list (<c>Lexicons/word-frequency.tsv</c>, written by
/// <c>tools/lexicons/build_word_frequency.py</c> from team-written text), loaded once: how everyday a
/// word is. A word not in the list is rare.
/// </summary>
internal static class WordFrequency
{
    private const string Resource = "TrustSafety.Markers.Lexicons.word-frequency.tsv";

    private static readonly Lazy<(FrozenDictionary<string, int> Counts, double MaxLog)> Table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets how often the word was seen (0 when not listed).</summary>
    public static int Count(string word) => Table.Value.Counts.GetValueOrDefault(word);

    /// <summary>Gets how rare a word is, from 0 (the most frequent word) to 1 (not listed).</summary>
    public static double Rarity(string word) => 1 - (Math.Log(1 + Count(word)) / Table.Value.MaxLog);

    private static (FrozenDictionary<string, int>, double) Load()
    {
        using var stream = typeof(WordFrequency).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The resource '{Resource}' is missing from TrustSafety.Markers.");
        using var reader = new StreamReader(stream);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.StartsWith('#') || tab <= 0)
            {
                continue;
            }

            counts[line[..tab]] = int.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture);
        }

        return (counts.ToFrozenDictionary(StringComparer.Ordinal), Math.Log(1 + counts.Values.DefaultIfEmpty(1).Max()));
    }
}
