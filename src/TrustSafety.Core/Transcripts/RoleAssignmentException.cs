namespace TrustSafety.Transcripts;

/// <summary>The roles the user gave cannot be applied: a name matches no speaker, or a speaker is named twice.</summary>
public sealed class RoleAssignmentException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the speakers.</param>
    public RoleAssignmentException(string message)
        : base(message)
    {
    }
}
