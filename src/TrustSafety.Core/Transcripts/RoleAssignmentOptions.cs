namespace TrustSafety.Transcripts;

/// <summary>Who the coach and the clients are, when the user says (names or diarization labels).</summary>
public sealed class RoleAssignmentOptions
{
    /// <summary>Gets the names or speaker ids of the coach (several for co-coaching).</summary>
    public List<string> Coaches { get; } = [];

    /// <summary>Gets the names or speaker ids of the clients (several for team coaching).</summary>
    public List<string> Clients { get; } = [];
}
