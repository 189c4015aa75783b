namespace TrustSafety.Cli;

/// <summary>
/// A problem with what the user gave the tool (a file, a name, a configuration value). The tool prints
/// each line of <see cref="Lines"/> as an error and exits with <see cref="ExitCodes.BadInput"/>.
/// </summary>
internal sealed class CliInputException : Exception
{
    /// <summary>Creates the exception with one line.</summary>
    /// <param name="message">What is wrong, naming the file, option or key.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public CliInputException(string message, Exception? innerException = null)
        : this([message], innerException)
    {
    }

    /// <summary>Creates the exception with several lines (for example one per configuration failure).</summary>
    /// <param name="lines">What is wrong, one problem per line.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public CliInputException(IReadOnlyList<string> lines, Exception? innerException = null)
        : base(string.Join(Environment.NewLine, lines), innerException)
    {
        Lines = lines;
    }

    /// <summary>Gets the problems, one per line.</summary>
    public IReadOnlyList<string> Lines { get; }
}
