namespace TrustSafety.Reporting.Text;

/// <summary>How <see cref="TextReport"/> writes.</summary>
public sealed record TextReportOptions
{
    /// <summary>Gets whether to colour the report with ANSI escape codes, for a terminal that supports them.</summary>
    /// <value>The default value is <see langword="false"/>: plain text.</value>
    public bool Colour { get; init; }
}
