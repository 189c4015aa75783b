using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TrustSafety.Reading.Json;
using TrustSafety.Transcripts;

namespace TrustSafety.Reading.SpeechToText;

/// <summary>The kind of a <see cref="PositionedJsonNode"/>.</summary>
internal enum PositionedJsonKind
{
    /// <summary>An object: <see cref="PositionedJsonNode.Properties"/>.</summary>
    Object,

    /// <summary>An array: <see cref="PositionedJsonNode.Items"/>.</summary>
    Array,

    /// <summary>A string: <see cref="PositionedJsonNode.Value"/> is the decoded text.</summary>
    String,

    /// <summary>A number: <see cref="PositionedJsonNode.Value"/> is the number as written.</summary>
    Number,

    /// <summary>The literal <c>true</c>.</summary>
    True,

    /// <summary>The literal <c>false</c>.</summary>
    False,

    /// <summary>The literal <c>null</c>.</summary>
    Null,
}

/// <summary>
/// Parses a JSON document into a small immutable tree whose nodes know where they are in the source
/// (byte offset, and line, column and character offset), so that a reader can report a missing field or
/// a wrong type at its position, and map a string's characters back to the file. Built over
/// <see cref="Utf8JsonReader"/> (comments skipped, trailing commas allowed, as <see cref="JsonTranscriptReader"/>);
/// malformed JSON becomes a <see cref="TranscriptFormatException"/> at the reader's line and column.
/// </summary>
/// <remarks>
/// Positions are computed in one forward pass while parsing (tokens come in file order), so parsing stays
/// linear in the size of the input even for minified one-line files with many thousands of nodes.
/// Values of properties named in <c>skip</c> are validated but not kept (their node has no children and
/// <see cref="PositionedJsonNode.IsSkipped"/> set): readers use it for large arrays they do not need, such
/// as per-word timings.
/// </remarks>
internal static class PositionedJson
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads the whole text and parses it.</summary>
    /// <param name="reader">The text (a leading byte-order mark is ignored).</param>
    /// <param name="sourceName">The name used in messages.</param>
    /// <param name="skip">Names of properties whose values are not kept, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels parsing.</param>
    /// <returns>The root node.</returns>
    /// <exception cref="TranscriptFormatException">The input is empty or not well-formed JSON.</exception>
    public static PositionedJsonNode Parse(TextReader reader, string? sourceName, IReadOnlySet<string>? skip, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = reader.ReadToEnd();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return Parse(Encoding.UTF8.GetBytes(text), sourceName, skip, cancellationToken);
    }

    /// <summary>Parses UTF-8 bytes (without a byte-order mark).</summary>
    /// <param name="bytes">The document.</param>
    /// <param name="sourceName">The name used in messages.</param>
    /// <param name="skip">Names of properties whose values are not kept, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels parsing.</param>
    /// <returns>The root node.</returns>
    /// <exception cref="TranscriptFormatException">The input is empty or not well-formed JSON.</exception>
    public static PositionedJsonNode Parse(byte[] bytes, string? sourceName, IReadOnlySet<string>? skip, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new TranscriptFormatException("the input is empty; expected a JSON object", sourceName, 1, 1);
        }

        var builder = new TreeBuilder(bytes, skip, cancellationToken);
        try
        {
            var r = new Utf8JsonReader(bytes, Options);
            if (!r.Read())
            {
                throw new JsonException("The input holds no JSON value.");
            }

            var root = builder.ReadValue(ref r);
            if (r.Read())
            {
                // Utf8JsonReader reports trailing content itself; this is a safety net.
                throw new JsonException("There is content after the end of the JSON document.");
            }

            return root;
        }
        catch (JsonException e)
        {
            var at = new Utf8Positions(bytes).AtLine(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            throw new TranscriptFormatException($"the JSON is not well formed: {Clean(e.Message)}", sourceName, at.Line, at.Column, innerException: e);
        }
    }

    private static string Clean(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd() : message;
    }

    private sealed class TreeBuilder(byte[] bytes, IReadOnlySet<string>? skip, CancellationToken cancellationToken)
    {
        private int _nodes;

        // The forward cursor: the last converted byte offset and what it corresponds to.
        private int _byte;
        private int _line = 1;
        private long _char;
        private long _lineStartChar;

        public PositionedJsonNode ReadValue(ref Utf8JsonReader r)
        {
            if (++_nodes % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var offset = r.TokenStartIndex;
            var position = PositionOf(offset);
            switch (r.TokenType)
            {
                case JsonTokenType.StartObject:
                    var properties = ImmutableArray.CreateBuilder<KeyValuePair<string, PositionedJsonNode>>();
                    while (Next(ref r) != JsonTokenType.EndObject)
                    {
                        var name = r.GetString()!;
                        Next(ref r);
                        var value = skip is not null && skip.Contains(name) ? SkipValue(ref r) : ReadValue(ref r);
                        properties.Add(new(name, value));
                    }

                    return new PositionedJsonNode(PositionedJsonKind.Object, offset, position, null, null, properties.ToImmutable(), [], false);
                case JsonTokenType.StartArray:
                    var items = ImmutableArray.CreateBuilder<PositionedJsonNode>();
                    while (Next(ref r) != JsonTokenType.EndArray)
                    {
                        items.Add(ReadValue(ref r));
                    }

                    return new PositionedJsonNode(PositionedJsonKind.Array, offset, position, null, null, [], items.ToImmutable(), false);
                case JsonTokenType.String:
                    var raw = r.ValueIsEscaped ? Encoding.UTF8.GetString(r.ValueSpan) : null;
                    return new PositionedJsonNode(PositionedJsonKind.String, offset, position, r.GetString(), raw, [], [], false);
                case JsonTokenType.Number:
                    return new PositionedJsonNode(PositionedJsonKind.Number, offset, position, Encoding.UTF8.GetString(r.ValueSpan), null, [], [], false);
                case JsonTokenType.True:
                    return new PositionedJsonNode(PositionedJsonKind.True, offset, position, null, null, [], [], false);
                case JsonTokenType.False:
                    return new PositionedJsonNode(PositionedJsonKind.False, offset, position, null, null, [], [], false);
                case JsonTokenType.Null:
                    return new PositionedJsonNode(PositionedJsonKind.Null, offset, position, null, null, [], [], false);
                default:
                    throw new JsonException($"Unexpected token {r.TokenType.ToString().ToLower(CultureInfo.InvariantCulture)}.");
            }
        }

        private PositionedJsonNode SkipValue(ref Utf8JsonReader r)
        {
            var kind = r.TokenType switch
            {
                JsonTokenType.StartObject => PositionedJsonKind.Object,
                JsonTokenType.StartArray => PositionedJsonKind.Array,
                _ => (PositionedJsonKind?)null,
            };
            if (kind is not { } container)
            {
                return ReadValue(ref r);
            }

            var offset = r.TokenStartIndex;
            var position = PositionOf(offset);
            r.Skip();
            return new PositionedJsonNode(container, offset, position, null, null, [], [], true);
        }

        private static JsonTokenType Next(ref Utf8JsonReader r)
        {
            if (!r.Read())
            {
                throw new JsonException("The JSON ends too early.");
            }

            return r.TokenType;
        }

        /// <summary>Converts a byte offset not before the previous one (tokens come in order).</summary>
        private SourcePosition PositionOf(long byteOffset)
        {
            var to = (int)Math.Clamp(byteOffset, _byte, bytes.Length);
            var span = bytes.AsSpan(_byte, to - _byte);
            var lastNewLine = span.LastIndexOf((byte)'\n');
            if (lastNewLine >= 0)
            {
                _line += span.Count((byte)'\n');
                _lineStartChar = _char + Encoding.UTF8.GetCharCount(span[..(lastNewLine + 1)]);
            }

            _char += Encoding.UTF8.GetCharCount(span);
            _byte = to;
            return new SourcePosition(_line, (int)(_char - _lineStartChar) + 1, _char);
        }
    }
}

/// <summary>
/// A JSON value with its position in the source: the kind, the byte offset and line/column of its first
/// character, its value (strings and numbers) and its children (objects by name, arrays in order).
/// </summary>
internal sealed class PositionedJsonNode
{
    private readonly string? _raw;

    internal PositionedJsonNode(
        PositionedJsonKind kind,
        long offset,
        SourcePosition position,
        string? value,
        string? raw,
        ImmutableArray<KeyValuePair<string, PositionedJsonNode>> properties,
        ImmutableArray<PositionedJsonNode> items,
        bool isSkipped)
    {
        Kind = kind;
        Offset = offset;
        Position = position;
        Value = value;
        _raw = raw;
        Properties = properties;
        Items = items;
        IsSkipped = isSkipped;
    }

    /// <summary>Gets the kind of value.</summary>
    public PositionedJsonKind Kind { get; }

    /// <summary>Gets the 0-based byte offset of the value's first character (a string's opening quote) in the UTF-8 document.</summary>
    public long Offset { get; }

    /// <summary>Gets the source position of the value's first character (a string's opening quote).</summary>
    public SourcePosition Position { get; }

    /// <summary>Gets the decoded text of a string, the number as written, or <see langword="null"/>.</summary>
    public string? Value { get; }

    /// <summary>Gets a value indicating whether a string contains escape sequences in the source.</summary>
    public bool IsEscaped => _raw is not null;

    /// <summary>Gets the properties of an object, in document order (empty for other kinds).</summary>
    public ImmutableArray<KeyValuePair<string, PositionedJsonNode>> Properties { get; }

    /// <summary>Gets the items of an array, in order (empty for other kinds).</summary>
    public ImmutableArray<PositionedJsonNode> Items { get; }

    /// <summary>Gets a value indicating whether the parser was told to skip this value's contents.</summary>
    public bool IsSkipped { get; }

    /// <summary>Gets the source position of a string's first character after the opening quote (the value's position for other kinds).</summary>
    public SourcePosition ContentPosition => Kind == PositionedJsonKind.String ? Advance(Position, 1) : Position;

    /// <summary>Gets a property of an object (the last one when a name repeats, as JavaScript does).</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The value, or <see langword="null"/> when this is not an object or has no such property.</returns>
    public PositionedJsonNode? this[string name]
    {
        get
        {
            for (var i = Properties.Length - 1; i >= 0; i--)
            {
                if (string.Equals(Properties[i].Key, name, StringComparison.Ordinal))
                {
                    return Properties[i].Value;
                }
            }

            return null;
        }
    }

    /// <summary>Describes the value for a message: "an object", "a string (\"soon\")", "the number 12", "null".</summary>
    /// <returns>The description.</returns>
    public string Describe() => Kind switch
    {
        PositionedJsonKind.Object => "an object",
        PositionedJsonKind.Array => "an array",
        PositionedJsonKind.String when Value!.Length == 0 => "an empty string",
        PositionedJsonKind.String => $"a string (\"{Shorten(Value!)}\")",
        PositionedJsonKind.Number => $"a number ({Shorten(Value!)})",
        PositionedJsonKind.True => "true",
        PositionedJsonKind.False => "false",
        _ => "null",
    };

    /// <summary>
    /// Gets a string's text without leading and trailing white space, with a source map in which every
    /// character points at the character of the file it comes from (an escape sequence's backslash for a
    /// decoded character).
    /// </summary>
    /// <returns>The trimmed text and its map.</returns>
    public (string Text, ImmutableArray<SourceSegment> Map) GetMappedText()
    {
        if (Kind != PositionedJsonKind.String)
        {
            throw new InvalidOperationException($"The value is {Describe()}, not a string.");
        }

        var start = ContentPosition;
        var text = new MappedTextBuilder();
        if (_raw is null)
        {
            var value = Value!;
            for (var i = 0; i < value.Length; i++)
            {
                text.Append(value[i], Advance(start, i));
            }

            return text.Build();
        }

        // The raw text has no line breaks (JSON forbids them inside strings), so the i-th UTF-16 unit of
        // the raw text is at column + i.
        var raw = _raw;
        var at = 0;
        while (at < raw.Length)
        {
            var from = Advance(start, at);
            if (raw[at] != '\\' || at + 1 >= raw.Length)
            {
                text.Append(raw[at], from);
                at++;
                continue;
            }

            var escape = raw[at + 1];
            if (escape == 'u' && at + 6 <= raw.Length
                && int.TryParse(raw.AsSpan(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                text.Append((char)code, from);
                at += 6;
                continue;
            }

            text.Append(
                escape switch
                {
                    'b' => '\b',
                    'f' => '\f',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => escape,
                },
                from);
            at += 2;
        }

        return text.Build();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Describe()} at {Position}";

    private static SourcePosition Advance(SourcePosition position, int characters) =>
        new(position.Line, position.Column + characters, position.Offset + characters);

    private static string Shorten(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 37), "...");
}
