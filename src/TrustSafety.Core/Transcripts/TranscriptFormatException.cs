namespace TrustSafety.Transcripts;

/// <summary>
/// The input is not a valid transcript. The message says what is wrong and where: the file, and the
/// line and column when known (or the turn).
/// </summary>
public sealed class TranscriptFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">What is wrong, as a sentence without the location.</param>
    /// <param name="sourceName">The file name or another name of the source, if known.</param>
    /// <param name="line">The 1-based line, if known.</param>
    /// <param name="column">The 1-based column, if known.</param>
    /// <param name="turnIndex">The 0-based turn index, if the problem concerns a turn.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public TranscriptFormatException(string problem, string? sourceName = null, int? line = null, int? column = null, int? turnIndex = null, Exception? innerException = null)
        : base(Format(problem, sourceName, line, column, turnIndex), innerException)
    {
        Problem = problem;
        SourceName = sourceName;
        Line = line;
        Column = column;
        TurnIndex = turnIndex;
    }

    /// <summary>Gets what is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>Gets the name of the source file, if known.</summary>
    public string? SourceName { get; }

    /// <summary>Gets the 1-based line, if known.</summary>
    public int? Line { get; }

    /// <summary>Gets the 1-based column, if known.</summary>
    public int? Column { get; }

    /// <summary>Gets the 0-based turn index, if the problem concerns a turn.</summary>
    public int? TurnIndex { get; }

    private static string Format(string problem, string? sourceName, int? line, int? column, int? turnIndex)
    {
        var where = sourceName ?? "<input>";
        if (line is { } l)
        {
            where += column is { } c ? $"({l},{c})" : $"({l})";
        }

        if (turnIndex is { } t)
        {
            where += $" turn {t}";
        }

        return $"{where}: {problem}";
    }
}
