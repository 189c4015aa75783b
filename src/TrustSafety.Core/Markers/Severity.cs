namespace TrustSafety.Markers;

/// <summary>
/// How prominently a marker or diagnostic is reported. The host, not the detector, decides the
/// severity of a marker (configuration overrides the descriptor's default).
/// </summary>
public enum Severity
{
    /// <summary>Disabled: the marker is not computed or reported.</summary>
    None = 0,

    /// <summary>Computed and kept in the library result, but left out of reports.</summary>
    Hidden = 1,

    /// <summary>Informational (SARIF <c>note</c>); the default for evidence.</summary>
    Info = 2,

    /// <summary>A warning; the default for red flags.</summary>
    Warning = 3,

    /// <summary>An error.</summary>
    Error = 4,
}
