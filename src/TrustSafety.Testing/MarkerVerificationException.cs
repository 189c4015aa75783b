namespace TrustSafety.Testing;

/// <summary>A detector did not report exactly the markers the markup expects; the message lists both sides.</summary>
public sealed class MarkerVerificationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The expected-versus-actual listing.</param>
    public MarkerVerificationException(string message)
        : base(message)
    {
    }
}
