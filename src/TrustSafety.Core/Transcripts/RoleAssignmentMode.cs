namespace TrustSafety.Transcripts;

/// <summary>How the speakers' roles were decided.</summary>
public enum RoleAssignmentMode
{
    /// <summary>Roles were not assigned.</summary>
    None = 0,

    /// <summary>The user named the coach and/or clients.</summary>
    Explicit = 1,

    /// <summary>Roles were given in the file, or speakers are literally named Coach and Client.</summary>
    Named = 2,

    /// <summary>Roles were inferred by the documented heuristic (diagnostic TS0003).</summary>
    Heuristic = 3,
}
