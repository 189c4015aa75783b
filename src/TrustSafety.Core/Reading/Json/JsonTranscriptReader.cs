using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TrustSafety.Transcripts;

namespace TrustSafety.Reading.Json;

/// <summary>
/// Reads the project's own JSON transcript format (<c>"format": "trustsafety-transcript"</c>): speakers
/// with optional roles, and utterances with optional times in seconds. See docs/transcript-format.md.
/// Errors give the line and column of the offending value.
/// </summary>
public sealed class JsonTranscriptReader : ITranscriptReader
{
    /// <summary>The format name.</summary>
    public const string Name = "json";

    /// <summary>The value of the document's <c>format</c> property.</summary>
    public const string FormatMarker = "trustsafety-transcript";

    /// <inheritdoc />
    public string FormatName => Name;

    /// <inheritdoc />
    public IReadOnlyList<string> FileExtensions { get; } = [".json"];

    /// <inheritdoc />
    public int Detect(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var trimmed = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (!trimmed.StartsWith('{'))
        {
            return 0;
        }

        return trimmed.Contains(FormatMarker, StringComparison.Ordinal) ? 95 : trimmed.Contains("\"utterances\"", StringComparison.Ordinal) ? 40 : 0;
    }

    /// <inheritdoc />
    public Transcript Read(TextReader reader, string? sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = reader.ReadToEnd();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        var positions = new Utf8Positions(bytes);
        var parser = new Parser(bytes, positions, sourceName);
        try
        {
            return parser.Parse(cancellationToken);
        }
        catch (JsonException e)
        {
            var at = positions.AtLine(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            throw new TranscriptFormatException($"the JSON is not well formed: {Clean(e.Message)}", sourceName, at.Line, at.Column, innerException: e);
        }
    }

    private static string Clean(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd() : message;
    }

    private sealed class Parser(byte[] bytes, Utf8Positions positions, string? sourceName)
    {
        private readonly TranscriptBuilder _builder = new(sourceName, Name);
        private readonly HashSet<string> _declared = new(StringComparer.Ordinal);
        private readonly List<(string Id, string? Name, SpeakerRole Role)> _speakers = [];
        private readonly List<(string Speaker, long SpeakerAt, Utterance Utterance)> _utterances = [];

        public Transcript Parse(CancellationToken cancellationToken)
        {
            var r = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!r.Read())
            {
                throw Error("the input is empty; expected a JSON transcript object", 0);
            }

            Expect(ref r, JsonTokenType.StartObject, "a JSON object with \"speakers\" and \"utterances\"");
            var sawUtterances = false;
            string? format = null;
            while (Next(ref r) != JsonTokenType.EndObject)
            {
                var property = r.GetString();
                Next(ref r);
                switch (property)
                {
                    case "format":
                        Expect(ref r, JsonTokenType.String, "a string");
                        format = r.GetString();
                        if (format != FormatMarker)
                        {
                            throw Error($"\"format\" is '{format}'; expected '{FormatMarker}'", r.TokenStartIndex);
                        }

                        break;
                    case "metadata":
                        ReadMetadata(ref r);
                        break;
                    case "speakers":
                        ReadSpeakers(ref r);
                        break;
                    case "utterances":
                        ReadUtterances(ref r, cancellationToken);
                        sawUtterances = true;
                        break;
                    default:
                        r.Skip();
                        break;
                }
            }

            if (!sawUtterances)
            {
                throw Error("the object has no \"utterances\" array, so it is not a transcript", 0);
            }

            // "speakers" may come before or after "utterances": add them once both are read.
            foreach (var (id, name, role) in _speakers)
            {
                _builder.AddSpeaker(id, name, role);
            }

            foreach (var (speaker, speakerAt, utterance) in _utterances)
            {
                if (_declared.Count > 0 && !_declared.Contains(speaker))
                {
                    throw Error($"speaker \"{speaker}\" is not declared in \"speakers\"", speakerAt);
                }

                _builder.AddUtterance(speaker, utterance);
            }

            return _builder.Build();
        }

        private void ReadMetadata(ref Utf8JsonReader r)
        {
            Expect(ref r, JsonTokenType.StartObject, "an object of strings");
            while (Next(ref r) != JsonTokenType.EndObject)
            {
                var key = r.GetString()!;
                Next(ref r);
                if (r.TokenType is JsonTokenType.String)
                {
                    _builder.SetMetadata(key, r.GetString()!);
                }
                else if (r.TokenType is JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False)
                {
                    _builder.SetMetadata(key, Encoding.UTF8.GetString(r.ValueSpan));
                }
                else
                {
                    r.Skip();
                }
            }
        }

        private void ReadSpeakers(ref Utf8JsonReader r)
        {
            Expect(ref r, JsonTokenType.StartArray, "an array of speakers");
            while (Next(ref r) != JsonTokenType.EndArray)
            {
                var at = r.TokenStartIndex;
                Expect(ref r, JsonTokenType.StartObject, "a speaker object {\"id\", \"name\", \"role\"}");
                string? id = null, name = null;
                var role = SpeakerRole.Unknown;
                while (Next(ref r) != JsonTokenType.EndObject)
                {
                    var property = r.GetString();
                    Next(ref r);
                    switch (property)
                    {
                        case "id":
                            Expect(ref r, JsonTokenType.String, "a string");
                            id = r.GetString();
                            break;
                        case "name":
                            Expect(ref r, JsonTokenType.String, "a string");
                            name = r.GetString();
                            break;
                        case "role":
                            Expect(ref r, JsonTokenType.String, "\"coach\", \"client\", \"other\" or \"unknown\"");
                            role = r.GetString()?.ToLowerInvariant() switch
                            {
                                "coach" => SpeakerRole.Coach,
                                "client" => SpeakerRole.Client,
                                "other" => SpeakerRole.Other,
                                "unknown" => SpeakerRole.Unknown,
                                var other => throw Error($"speaker role '{other}' is not one of \"coach\", \"client\", \"other\", \"unknown\"", r.TokenStartIndex),
                            };
                            break;
                        default:
                            r.Skip();
                            break;
                    }
                }

                if (string.IsNullOrWhiteSpace(id))
                {
                    throw Error("a speaker has no \"id\"", at);
                }

                if (!_declared.Add(id))
                {
                    throw Error($"speaker \"{id}\" is declared twice", at);
                }

                _speakers.Add((id, name, role));
            }
        }

        private void ReadUtterances(ref Utf8JsonReader r, CancellationToken cancellationToken)
        {
            Expect(ref r, JsonTokenType.StartArray, "an array of utterances");
            while (Next(ref r) != JsonTokenType.EndArray)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var at = r.TokenStartIndex;
                Expect(ref r, JsonTokenType.StartObject, "an utterance object {\"speaker\", \"text\", \"start\", \"end\"}");
                string? speaker = null, text = null, id = null;
                long speakerAt = at;
                TimeSpan? start = null, end = null;
                SourceSegment? segment = null;
                while (Next(ref r) != JsonTokenType.EndObject)
                {
                    var property = r.GetString();
                    Next(ref r);
                    switch (property)
                    {
                        case "speaker":
                            Expect(ref r, JsonTokenType.String, "a speaker id");
                            speaker = r.GetString();
                            speakerAt = r.TokenStartIndex;
                            break;
                        case "text":
                            Expect(ref r, JsonTokenType.String, "a string");
                            text = r.GetString();
                            var position = positions.At(r.TokenStartIndex + 1);
                            segment = new SourceSegment(0, r.ValueIsEscaped ? Math.Min(1, text!.Length) : text!.Length, position);
                            break;
                        case "start":
                            start = ReadSeconds(ref r);
                            break;
                        case "end":
                            end = ReadSeconds(ref r);
                            break;
                        case "id":
                            id = r.TokenType switch
                            {
                                JsonTokenType.String => r.GetString(),
                                JsonTokenType.Number => Encoding.UTF8.GetString(r.ValueSpan),
                                JsonTokenType.Null => null,
                                _ => throw Error($"expected an utterance id (a string or a number), found {Describe(ref r)}", r.TokenStartIndex),
                            };
                            break;
                        default:
                            r.Skip();
                            break;
                    }
                }

                if (speaker is null)
                {
                    throw Error("an utterance has no \"speaker\"", at);
                }

                if (text is null)
                {
                    throw Error("an utterance has no \"text\"", at);
                }

                var map = segment is { } s ? ImmutableArray.Create(s) : [new SourceSegment(0, 0, positions.At(at))];
                _utterances.Add((speaker, speakerAt, new Utterance(text, start, end, id, map)));
            }
        }

        private TimeSpan? ReadSeconds(ref Utf8JsonReader r)
        {
            if (r.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (r.TokenType != JsonTokenType.Number || !r.TryGetDouble(out var seconds) || !double.IsFinite(seconds) || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
            {
                throw Error($"expected a time in seconds (a number) or null, found {Describe(ref r)}", r.TokenStartIndex);
            }

            return TimeSpan.FromSeconds(seconds);
        }

        private static JsonTokenType Next(ref Utf8JsonReader r)
        {
            if (!r.Read())
            {
                throw new JsonException("The JSON ends too early.");
            }

            return r.TokenType;
        }

        private void Expect(ref Utf8JsonReader r, JsonTokenType type, string what)
        {
            if (r.TokenType != type)
            {
                throw Error($"expected {what}, found {Describe(ref r)}", r.TokenStartIndex);
            }
        }

        private static string Describe(ref Utf8JsonReader r) => r.TokenType switch
        {
            JsonTokenType.String => $"the string \"{r.GetString()}\"",
            JsonTokenType.Number => $"the number {Encoding.UTF8.GetString(r.ValueSpan)}",
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.True or JsonTokenType.False => $"{(r.TokenType == JsonTokenType.True ? "true" : "false")}",
            JsonTokenType.Null => "null",
            var other => other.ToString().ToLower(CultureInfo.InvariantCulture),
        };

        private TranscriptFormatException Error(string problem, long byteOffset)
        {
            var at = positions.At(byteOffset);
            return new TranscriptFormatException(problem, sourceName, at.Line, at.Column);
        }
    }
}
