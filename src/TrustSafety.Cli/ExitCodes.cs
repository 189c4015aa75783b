namespace TrustSafety.Cli;

/// <summary>The process exit codes of the tool.</summary>
internal static class ExitCodes
{
    /// <summary>The command succeeded.</summary>
    public const int Success = 0;

    /// <summary>The analysis found markers at or above the <c>--fail-on</c> severity.</summary>
    public const int FindingsAtFailOn = 1;

    /// <summary>Something unexpected failed (a bug); the message is on standard error.</summary>
    public const int UnexpectedError = 3;

    /// <summary>
    /// Bad input: a usage error, a missing, unreadable or malformed transcript, an invalid configuration
    /// or a detector assembly that cannot be used.
    /// </summary>
    public const int BadInput = 2;

    /// <summary>The user cancelled (Ctrl+C), as shells report SIGINT.</summary>
    public const int Cancelled = 130;
}
