using System.Collections.Immutable;
using System.Globalization;
using TrustSafety.Diagnostics;
using TrustSafety.Markers;
using TrustSafety.Transcripts;

namespace TrustSafety.Reading.SpeechToText;

/// <summary>
/// What the speech-to-text readers share while reading one document: typed access to fields with errors
/// that say what was expected, what was found and where; times in seconds or milliseconds; mapped texts;
/// the TS0007 (empty text) and TS0008 (no speaker label) diagnostics; and the transcript being built.
/// </summary>
internal sealed class SpeechToTextDocument
{
    /// <summary>The speaker id and name used for an utterance without a speaker label (TS0008).</summary>
    public const string UnknownSpeaker = "Unknown";

    // A bound well inside TimeSpan's range (about 31 years), so that no time overflows.
    private const decimal MaxSeconds = 1_000_000_000m;

    private readonly TranscriptBuilder _builder;
    private readonly HashSet<string> _speakers = new(StringComparer.Ordinal);
    private string? _lastSpeaker;
    private int _turnIndex = -1;

    public SpeechToTextDocument(string? sourceName, string format)
    {
        SourceName = sourceName;
        _builder = new TranscriptBuilder(sourceName, format);
    }

    public string? SourceName { get; }

    /// <summary>Makes an error at a value's position.</summary>
    public TranscriptFormatException Error(PositionedJsonNode at, string problem) =>
        new(problem, SourceName, at.Position.Line, at.Position.Column);

    /// <summary>Requires the root to be an object.</summary>
    /// <param name="root">The root value.</param>
    /// <param name="expectation">What the document should be, e.g. "an AssemblyAI transcript with an `utterances` array".</param>
    public PositionedJsonNode Root(PositionedJsonNode root, string expectation) =>
        root.Kind == PositionedJsonKind.Object ? root : throw Error(root, $"expected {expectation}, found {root.Describe()}");

    /// <summary>
    /// Gets the array that holds a flavour's utterances; when it is missing (or null) the document is refused
    /// as not being that flavour.
    /// </summary>
    /// <param name="owner">The object that should hold it.</param>
    /// <param name="name">The property name.</param>
    /// <param name="path">The full path in messages, e.g. <c>results.utterances</c>.</param>
    /// <param name="expectation">What the document should be.</param>
    /// <param name="hint">A hint appended when it is missing or null (how to get it from the service), or empty.</param>
    public PositionedJsonNode DocumentArray(PositionedJsonNode owner, string name, string path, string expectation, string hint)
    {
        var value = owner[name];
        if (value is null)
        {
            throw Error(owner, $"expected {expectation}, found no `{path}`{hint}");
        }

        if (value.Kind == PositionedJsonKind.Null)
        {
            throw Error(value, $"expected {expectation}, found `{path}` null{hint}");
        }

        return value.Kind == PositionedJsonKind.Array ? value : throw Error(value, $"expected `{path}` to be an array, found {value.Describe()}");
    }

    /// <summary>Gets an object on the way to the utterances (such as <c>results</c>); missing means the document is not this flavour.</summary>
    public PositionedJsonNode DocumentObject(PositionedJsonNode owner, string name, string path, string expectation, string hint)
    {
        var value = owner[name];
        if (value is null or { Kind: PositionedJsonKind.Null })
        {
            throw Error(value ?? owner, $"expected {expectation}, found no `{path}`{hint}");
        }

        return value.Kind == PositionedJsonKind.Object ? value : throw Error(value, $"expected `{path}` to be an object, found {value.Describe()}");
    }

    /// <summary>Requires an array item to be an object.</summary>
    /// <param name="item">The item.</param>
    /// <param name="what">What it should be, e.g. "an utterance object".</param>
    public PositionedJsonNode Item(PositionedJsonNode item, string what) =>
        item.Kind == PositionedJsonKind.Object ? item : throw Error(item, $"expected {what}, found {item.Describe()}");

    /// <summary>Gets a required field of an object.</summary>
    /// <param name="owner">The object.</param>
    /// <param name="name">The field name.</param>
    /// <param name="kind">The expected kind.</param>
    /// <param name="owned">What the object is, e.g. "utterance".</param>
    /// <param name="description">The expected value, e.g. "a string".</param>
    public PositionedJsonNode Required(PositionedJsonNode owner, string name, PositionedJsonKind kind, string owned, string description)
    {
        var value = owner[name] ?? throw Error(owner, $"expected `{name}` ({description}) in the {owned}, found no `{name}`");
        return value.Kind == kind ? value : throw Error(value, $"expected `{name}` to be {description}, found {value.Describe()}");
    }

    /// <summary>Gets a time in seconds given as a number (read as a decimal, so "2.96" is exactly 2.96 s).</summary>
    public TimeSpan Seconds(PositionedJsonNode owner, string name, string owned) =>
        Time(owner, name, owned, "a time in seconds (a number not below 0)", acceptString: false, NumberStyles.Float, TimeSpan.TicksPerSecond);

    /// <summary>Gets a time in milliseconds given as a number.</summary>
    public TimeSpan Milliseconds(PositionedJsonNode owner, string name, string owned) =>
        Time(owner, name, owned, "a time in milliseconds (a number not below 0)", acceptString: false, NumberStyles.Float, TimeSpan.TicksPerMillisecond);

    /// <summary>
    /// Gets a time in seconds written as a string of decimal digits with an optional point ("12.345", the
    /// invariant culture; no sign, exponent or white space). A JSON number is accepted too.
    /// </summary>
    public TimeSpan SecondsString(PositionedJsonNode owner, string name, string owned) =>
        Time(owner, name, owned, "a time in seconds as a string of digits such as \"12.345\"", acceptString: true, NumberStyles.AllowDecimalPoint, TimeSpan.TicksPerSecond);

    /// <summary>Requires an end time not before the start time.</summary>
    public void EndNotBeforeStart(PositionedJsonNode owner, string endName, TimeSpan start, TimeSpan end)
    {
        if (end < start)
        {
            throw Error(owner[endName] ?? owner, $"expected `{endName}` not to be before the start ({Seconds(start)}), found {Seconds(end)}");
        }
    }

    /// <summary>Gets a speaker label: a non-empty string or an integer; <see langword="null"/> when the field is absent or null.</summary>
    public string? Label(PositionedJsonNode owner, string name)
    {
        var value = owner[name];
        if (value is null || value.Kind == PositionedJsonKind.Null)
        {
            return null;
        }

        if (value.Kind == PositionedJsonKind.String && !string.IsNullOrWhiteSpace(value.Value))
        {
            return value.Value.Trim();
        }

        if (value.Kind == PositionedJsonKind.Number && long.TryParse(value.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        throw Error(value, $"expected `{name}` to be a speaker label (a string or an integer), found {value.Describe()}");
    }

    /// <summary>Gets a required speaker label.</summary>
    public string RequiredLabel(PositionedJsonNode owner, string name, string owned, string hint) =>
        Label(owner, name) ?? throw Error(owner[name] ?? owner, $"expected `{name}` (a speaker label) in the {owned}, found {owner[name]?.Describe() ?? $"no `{name}`"}{hint}");

    /// <summary>Gets an optional id: a string or a number, or <see langword="null"/>.</summary>
    public string? Id(PositionedJsonNode owner, string name)
    {
        var value = owner[name];
        if (value is null || value.Kind == PositionedJsonKind.Null)
        {
            return null;
        }

        return value.Kind is PositionedJsonKind.String or PositionedJsonKind.Number
            ? value.Value
            : throw Error(value, $"expected `{name}` to be an id (a string or a number), found {value.Describe()}");
    }

    /// <summary>
    /// Gets the trimmed text of a required string field with its source map; when it is empty or white space,
    /// reports TS0007 at the owner and returns <see langword="false"/> (the caller skips the utterance).
    /// </summary>
    public bool TryText(PositionedJsonNode owner, string name, string owned, out string text, out ImmutableArray<SourceSegment> map)
    {
        var value = Required(owner, name, PositionedJsonKind.String, owned, "a string");
        (text, map) = value.GetMappedText();
        if (text.Length > 0)
        {
            return true;
        }

        EmptyText(owner, owned);
        return false;
    }

    /// <summary>Reports TS0007: an utterance without text, skipped.</summary>
    public void EmptyText(PositionedJsonNode at, string owned) =>
        _builder.AddDiagnostic(new Diagnostic(
            DiagnosticIds.EmptyCue,
            Severity.Info,
            $"The {owned} at {at.Position} has no text; it is skipped.",
            new DiagnosticLocation(at.Position.Line, at.Position.Column, null)));

    /// <summary>Adds an utterance by <see cref="UnknownSpeaker"/> and reports TS0008 at the given value.</summary>
    /// <param name="at">Where the utterance is in the file.</param>
    /// <param name="subject">The start of the message, e.g. "The segment".</param>
    /// <param name="utterance">The utterance.</param>
    public void AddUnknown(PositionedJsonNode at, string subject, Utterance utterance)
    {
        Add(UnknownSpeaker, null, utterance);
        _builder.AddDiagnostic(new Diagnostic(
            DiagnosticIds.UnknownSpeaker,
            Severity.Warning,
            $"{subject} at {at.Position} has no speaker label; it is attributed to \"{UnknownSpeaker}\".",
            new DiagnosticLocation(at.Position.Line, at.Position.Column, _turnIndex)));
    }

    /// <summary>Adds an utterance in file order, declaring its speaker (with a display name) on first sight.</summary>
    public void Add(string speakerId, string? speakerName, Utterance utterance)
    {
        if (_speakers.Add(speakerId))
        {
            _builder.AddSpeaker(speakerId, speakerName);
        }

        _builder.AddUtterance(speakerId, utterance);
        if (!string.Equals(speakerId, _lastSpeaker, StringComparison.Ordinal))
        {
            _turnIndex++;
            _lastSpeaker = speakerId;
        }
    }

    /// <summary>Builds the transcript.</summary>
    public Transcript Build() => _builder.Build();

    /// <summary>Reads a time as a decimal (exact to the tick), bounded to <see cref="MaxSeconds"/>.</summary>
    private TimeSpan Time(PositionedJsonNode owner, string name, string owned, string expected, bool acceptString, NumberStyles styles, long ticksPerUnit)
    {
        var value = owner[name] ?? throw Error(owner, $"expected `{name}` ({expected}) in the {owned}, found no `{name}`");
        if (!(value.Kind == PositionedJsonKind.Number || (acceptString && value.Kind == PositionedJsonKind.String))
            || !decimal.TryParse(value.Value, styles, CultureInfo.InvariantCulture, out var amount)
            || amount < 0
            || amount > MaxSeconds * TimeSpan.TicksPerSecond / ticksPerUnit)
        {
            throw Error(value, $"expected `{name}` to be {expected}, found {value.Describe()}");
        }

        return TimeSpan.FromTicks((long)decimal.Round(amount * ticksPerUnit));
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
}
