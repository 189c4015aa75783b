using System.Collections.Immutable;
using System.Globalization;

namespace TrustSafety.Markers;

/// <summary>
/// Describes a marker a detector can report: its ID, wording, what it is evidence for or against, and
/// its default severity. Sealed, immutable and validated on construction; keep instances in
/// <see langword="static readonly"/> fields.
/// </summary>
public sealed class MarkerDescriptor : IEquatable<MarkerDescriptor>
{
    /// <summary>The ID prefix reserved for the built-in markers and engine diagnostics.</summary>
    public const string ReservedPrefix = "TS";

    /// <summary>Creates a descriptor for a third-party marker (its ID must not start with <c>TS</c>).</summary>
    /// <param name="id">The ID: letters then digits, for example <c>ACME0101</c>.</param>
    /// <param name="title">A short title.</param>
    /// <param name="messageFormat">The message, a composite format string over the marker's arguments.</param>
    /// <param name="polarity">Evidence or red flag.</param>
    /// <param name="behaviours">Behaviour codes <c>4.1</c>..<c>4.6</c>; empty for a competency-wide marker.</param>
    /// <param name="pccMarkers">PCC marker codes <c>4.1</c>..<c>4.4</c>.</param>
    /// <param name="defaultSeverity">The severity when configuration does not override it; by default <see cref="Severity.Info"/> for evidence and <see cref="Severity.Warning"/> for red flags.</param>
    /// <param name="isEnabledByDefault">Whether the marker runs when configuration does not say.</param>
    /// <param name="description">A longer description.</param>
    /// <param name="helpLink">A link to the marker's documentation.</param>
    /// <param name="tags">Free-form tags (a category, "timing", ...).</param>
    /// <exception cref="ArgumentException">A value is not valid; the message says which.</exception>
    public MarkerDescriptor(
        string id,
        string title,
        string messageFormat,
        Polarity polarity,
        IEnumerable<string>? behaviours = null,
        IEnumerable<string>? pccMarkers = null,
        Severity? defaultSeverity = null,
        bool isEnabledByDefault = true,
        string? description = null,
        string? helpLink = null,
        IEnumerable<string>? tags = null)
        : this(id, title, messageFormat, polarity, behaviours, pccMarkers, defaultSeverity, isEnabledByDefault, description, helpLink, tags, builtIn: false)
    {
    }

    private MarkerDescriptor(
        string id,
        string title,
        string messageFormat,
        Polarity polarity,
        IEnumerable<string>? behaviours,
        IEnumerable<string>? pccMarkers,
        Severity? defaultSeverity,
        bool isEnabledByDefault,
        string? description,
        string? helpLink,
        IEnumerable<string>? tags,
        bool builtIn)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageFormat);
        if (!IsWellFormedId(id))
        {
            throw new ArgumentException($"Marker ID '{id}' is not valid: it must be letters followed by digits, such as ACME0101.", nameof(id));
        }

        if (!builtIn && id.StartsWith(ReservedPrefix, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Marker ID '{id}' uses the prefix '{ReservedPrefix}', which is reserved for built-in markers; choose your own prefix.", nameof(id));
        }

        if (!Enum.IsDefined(polarity))
        {
            throw new ArgumentException($"Polarity {polarity} is not defined.", nameof(polarity));
        }

        Behaviours = ValidateCodes(behaviours, Competency.Behaviours.Keys, nameof(behaviours), "behaviour");
        PccMarkers = ValidateCodes(pccMarkers, Competency.PccMarkers.Keys, nameof(pccMarkers), "PCC marker");
        var severity = defaultSeverity ?? (polarity == Polarity.Evidence ? Severity.Info : Severity.Warning);
        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentException($"Severity {severity} is not defined.", nameof(defaultSeverity));
        }

        try
        {
            _ = string.Format(CultureInfo.InvariantCulture, messageFormat, new object?[16]);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"The message format of {id} is not a valid composite format string: {e.Message}", nameof(messageFormat), e);
        }

        if (helpLink is not null && !Uri.TryCreate(helpLink, UriKind.Absolute, out _))
        {
            throw new ArgumentException($"The help link of {id} is not an absolute URI: '{helpLink}'.", nameof(helpLink));
        }

        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Polarity = polarity;
        DefaultSeverity = severity;
        IsEnabledByDefault = isEnabledByDefault;
        Description = description ?? string.Empty;
        HelpLink = helpLink;
        Tags = (tags ?? []).ToImmutableArray();
    }

    /// <summary>Gets the ID.</summary>
    public string Id { get; }

    /// <summary>Gets the short title.</summary>
    public string Title { get; }

    /// <summary>Gets the message format (a composite format string).</summary>
    public string MessageFormat { get; }

    /// <summary>Gets whether the marker is evidence or a red flag.</summary>
    public Polarity Polarity { get; }

    /// <summary>Gets the behaviour codes (4.1..4.6) it bears on; empty for a competency-wide marker.</summary>
    public ImmutableArray<string> Behaviours { get; }

    /// <summary>Gets the PCC marker codes (4.1..4.4) it bears on.</summary>
    public ImmutableArray<string> PccMarkers { get; }

    /// <summary>Gets the severity used when configuration does not override it.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>Gets a value indicating whether the marker runs when configuration does not say.</summary>
    public bool IsEnabledByDefault { get; }

    /// <summary>Gets the longer description.</summary>
    public string Description { get; }

    /// <summary>Gets the link to the marker's documentation, if any.</summary>
    public string? HelpLink { get; }

    /// <summary>Gets the tags.</summary>
    public ImmutableArray<string> Tags { get; }

    /// <summary>Gets a value indicating whether the marker applies to the competency as a whole rather than to one behaviour.</summary>
    public bool IsCompetencyWide => Behaviours.IsEmpty;

    /// <summary>Returns whether an ID is well formed: one or more ASCII letters followed by one or more digits.</summary>
    /// <param name="id">The ID.</param>
    /// <returns><see langword="true"/> when well formed.</returns>
    public static bool IsWellFormedId(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        var i = 0;
        while (i < id.Length && char.IsAsciiLetter(id[i]))
        {
            i++;
        }

        if (i == 0 || i == id.Length)
        {
            return false;
        }

        while (i < id.Length && char.IsAsciiDigit(id[i]))
        {
            i++;
        }

        return i == id.Length;
    }

    /// <summary>Formats the message with arguments.</summary>
    /// <param name="arguments">The arguments.</param>
    /// <returns>The message.</returns>
    public string FormatMessage(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        try
        {
            return string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments.Cast<object?>().ToArray());
        }
        catch (FormatException)
        {
            return MessageFormat;
        }
    }

    /// <inheritdoc />
    public bool Equals(MarkerDescriptor? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MarkerDescriptor);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Title}";

    /// <summary>Creates a descriptor with a reserved <c>TS</c> ID; only the built-in packages may.</summary>
    internal static MarkerDescriptor CreateBuiltIn(
        string id,
        string title,
        string messageFormat,
        Polarity polarity,
        IEnumerable<string>? behaviours,
        IEnumerable<string>? pccMarkers,
        string description,
        string helpLink,
        IEnumerable<string>? tags = null,
        Severity? defaultSeverity = null,
        bool isEnabledByDefault = true) =>
        new(id, title, messageFormat, polarity, behaviours, pccMarkers, defaultSeverity, isEnabledByDefault, description, helpLink, tags, builtIn: true);

    private static ImmutableArray<string> ValidateCodes(IEnumerable<string>? codes, IEnumerable<string> allowed, string parameter, string what)
    {
        var list = (codes ?? []).ToImmutableArray();
        var allowedSet = allowed.ToHashSet(StringComparer.Ordinal);
        foreach (var code in list)
        {
            if (!allowedSet.Contains(code))
            {
                throw new ArgumentException($"'{code}' is not a {what} code; allowed: {string.Join(", ", allowedSet.Order(StringComparer.Ordinal))}.", parameter);
            }
        }

        if (list.Distinct(StringComparer.Ordinal).Count() != list.Length)
        {
            throw new ArgumentException($"The {what} codes repeat a code: {string.Join(", ", list)}.", parameter);
        }

        return list;
    }
}
