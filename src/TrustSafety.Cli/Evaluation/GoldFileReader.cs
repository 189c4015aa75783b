using System.Collections.Immutable;
using TrustSafety.Assessment;
using System.Text.Json;
using TrustSafety.Markers;

namespace TrustSafety.Cli.Evaluation;

/// <summary>
/// Reads gold sidecars (<c>*.gold.json</c>). Every problem is collected and reported with the file and the
/// JSON path (or line and column for malformed JSON), so one run shows all of them.
/// </summary>
internal static class GoldFileReader
{
    /// <summary>The file-name suffix of a gold sidecar.</summary>
    public const string Suffix = ".gold.json";

    /// <summary>Finds the sidecars under a folder, in ordinal path order.</summary>
    public static IReadOnlyList<string> Find(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new CliInputException($"the gold folder '{folder}' does not exist.");
        }

        var files = Directory.EnumerateFiles(folder, "*" + Suffix, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        return files.Count > 0 ? files : throw new CliInputException($"the folder '{folder}' holds no gold annotation (*{Suffix}) files.");
    }

    /// <summary>Reads one sidecar.</summary>
    public static GoldFile Read(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new CliInputException($"{path}({(e.LineNumber ?? 0) + 1},{(e.BytePositionInLine ?? 0) + 1}): the gold annotation is not valid JSON.", e);
        }
        catch (IOException e)
        {
            throw new CliInputException($"{path}: cannot be read: {e.Message}", e);
        }

        using (document)
        {
            var errors = new List<string>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new CliInputException($"{path}: expected a JSON object with \"transcript\" and \"turns\".");
            }

            var transcript = String(root, "transcript", path, "$", errors, required: true);
            var coaches = Strings(root, "coach", path, errors);
            var clients = Strings(root, "client", path, errors);
            var session = ImmutableSortedDictionary.CreateBuilder<string, bool>(StringComparer.Ordinal);
            if (root.TryGetProperty("session", out var sessionElement))
            {
                if (sessionElement.ValueKind != JsonValueKind.Object)
                {
                    errors.Add($"{path}: $.session: expected an object such as {{ \"TS4001\": false }}.");
                }
                else
                {
                    foreach (var judgement in sessionElement.EnumerateObject())
                    {
                        if (judgement.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                        {
                            errors.Add($"{path}: $.session.{judgement.Name}: expected true or false.");
                        }
                        else if (!MarkerFacts.SessionMarkers.Contains(judgement.Name))
                        {
                            errors.Add($"{path}: $.session.{judgement.Name}: not a session-level marker; allowed: {string.Join(", ", MarkerFacts.SessionMarkers.Order())}.");
                        }
                        else
                        {
                            session[judgement.Name] = judgement.Value.GetBoolean();
                        }
                    }
                }
            }

            var levels = Levels(root, path, errors);
            var turns = ImmutableArray.CreateBuilder<GoldTurn>();
            if (!root.TryGetProperty("turns", out var turnsElement) || turnsElement.ValueKind != JsonValueKind.Array)
            {
                errors.Add($"{path}: $.turns: expected an array of {{ \"index\", \"quote\", \"markers\" }} (it may be empty).");
            }
            else
            {
                var i = 0;
                foreach (var entry in turnsElement.EnumerateArray())
                {
                    var where = $"$.turns[{i++}]";
                    if (entry.ValueKind != JsonValueKind.Object)
                    {
                        errors.Add($"{path}: {where}: expected an object.");
                        continue;
                    }

                    var index = entry.TryGetProperty("index", out var indexElement) && indexElement.TryGetInt32(out var n) && n >= 0 ? n : -1;
                    if (index < 0)
                    {
                        errors.Add($"{path}: {where}.index: expected a 0-based turn index.");
                    }

                    var quote = String(entry, "quote", path, where, errors, required: true);
                    var markers = Strings(entry, "markers", path, errors, where);
                    foreach (var id in markers.Where(id => !MarkerDescriptor.IsWellFormedId(id)))
                    {
                        errors.Add($"{path}: {where}.markers: '{id}' is not a marker ID.");
                    }

                    if (markers.IsEmpty)
                    {
                        errors.Add($"{path}: {where}.markers: list at least one marker ID (coach turns without markers are not listed).");
                    }

                    turns.Add(new GoldTurn(index, quote ?? string.Empty, markers, where));
                }
            }

            var duplicates = turns.GroupBy(t => t.Index).Where(g => g.Key >= 0 && g.Count() > 1).Select(g => g.Key).ToList();
            errors.AddRange(duplicates.Select(d => $"{path}: turn {d} is listed more than once; list all its markers in one entry."));
            if (errors.Count > 0)
            {
                throw new CliInputException(errors);
            }

            var transcriptPath = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path) ?? ".", transcript!);
            return new GoldFile(path, transcriptPath, coaches, clients, session.ToImmutable(), turns.ToImmutable(), levels);
        }
    }

    // "levels": { "behaviours": { "4.1": "clear" }, "pccMarkers": { "4.3": "limited" }, "overall": "clear" }, any part optional.
    private static ImmutableSortedDictionary<string, EvidenceLevel> Levels(JsonElement root, string path, List<string> errors)
    {
        var levels = ImmutableSortedDictionary.CreateBuilder<string, EvidenceLevel>(StringComparer.Ordinal);
        if (!root.TryGetProperty("levels", out var element))
        {
            return levels.ToImmutable();
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}: $.levels: expected an object with \"behaviours\", \"pccMarkers\" and \"overall\".");
            return levels.ToImmutable();
        }

        foreach (var part in element.EnumerateObject())
        {
            var where = $"$.levels.{part.Name}";
            switch (part.Name)
            {
                case "overall":
                    AddLevel("overall", part.Value, where);
                    break;
                case "behaviours" or "pccMarkers" when part.Value.ValueKind == JsonValueKind.Object:
                    var codes = part.Name == "behaviours" ? Competency.Behaviours : Competency.PccMarkers;
                    foreach (var row in part.Value.EnumerateObject())
                    {
                        if (!codes.ContainsKey(row.Name))
                        {
                            errors.Add($"{path}: {where}.{row.Name}: not a code; allowed: {string.Join(", ", codes.Keys)}.");
                        }
                        else
                        {
                            AddLevel(part.Name == "behaviours" ? row.Name : "PCC " + row.Name, row.Value, $"{where}.{row.Name}");
                        }
                    }

                    break;
                default:
                    errors.Add($"{path}: {where}: expected \"behaviours\" or \"pccMarkers\" (objects of code → level) or \"overall\" (a level).");
                    break;
            }
        }

        return levels.ToImmutable();

        void AddLevel(string row, JsonElement value, string where)
        {
            if (value.ValueKind == JsonValueKind.String && EvidenceLevelNames.TryParse(value.GetString(), out var level))
            {
                levels[row] = level;
            }
            else
            {
                errors.Add($"{path}: {where}: expected one of {string.Join(", ", EvidenceLevelNames.Levels.Select(EvidenceLevelNames.ToName))}.");
            }
        }
    }

    private static string? String(JsonElement parent, string name, string path, string where, List<string> errors, bool required)
    {
        if (parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0)
        {
            return value.GetString();
        }

        if (required || parent.TryGetProperty(name, out _))
        {
            errors.Add($"{path}: {where}.{name}: expected a non-empty string.");
        }

        return null;
    }

    private static ImmutableArray<string> Strings(JsonElement parent, string name, string path, List<string> errors, string where = "$")
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            errors.Add($"{path}: {where}.{name}: expected an array of strings.");
            return [];
        }

        return [.. value.EnumerateArray().Select(v => v.GetString()!)];
    }
}
