using System.Collections.Immutable;
using System.Text.Json;

namespace TrustSafety.Markers.Feelings.Classifier;

/// <summary>
/// Reads the feelings training corpus: JSON lines <c>{"id","client","coach","label","kind"}</c>
/// (docs/feelings-labelling.md). A malformed line is an error naming the file and line.
/// </summary>
public static class FeelingsTrainingData
{
    /// <summary>Reads every <c>*.jsonl</c> file of a folder, in ordinal file-name order.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The examples, in file and line order.</returns>
    /// <exception cref="FormatException">A line is not a valid example, or an ID repeats.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static ImmutableArray<FeelingsExample> ReadFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The training folder '{folder}' does not exist.");
        }

        var examples = Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).SelectMany(f => ReadFile(f)).ToImmutableArray();
        var repeated = examples.GroupBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return repeated is null ? examples : throw new FormatException($"{folder}: the example ID '{repeated.Key}' is used {repeated.Count()} times.");
    }

    /// <summary>Reads one JSON-lines file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The examples, in line order.</returns>
    /// <exception cref="FormatException">A line is not a valid example.</exception>
    public static ImmutableArray<FeelingsExample> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var examples = ImmutableArray.CreateBuilder<FeelingsExample>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                examples.Add(Parse(line, path, lineNumber));
            }
        }

        return examples.ToImmutable();
    }

    private static FeelingsExample Parse(string line, string path, int lineNumber)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            return new FeelingsExample(
                Text(root, "id", path, lineNumber),
                Text(root, "client", path, lineNumber),
                Text(root, "coach", path, lineNumber),
                root.TryGetProperty("label", out var label) && label.ValueKind == JsonValueKind.Number && label.GetInt32() is 0 or 1
                    ? label.GetInt32() == 1
                    : throw new FormatException($"{path}({lineNumber}): 'label' must be 0 or 1."),
                Text(root, "kind", path, lineNumber));
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path}({lineNumber},{(e.BytePositionInLine ?? 0) + 1}): not a JSON object: {e.Message}", e);
        }
    }

    private static string Text(JsonElement root, string name, string path, int lineNumber) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!
            : throw new FormatException($"{path}({lineNumber}): '{name}' must be a non-empty string.");
}
