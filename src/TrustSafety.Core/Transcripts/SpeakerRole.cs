namespace TrustSafety.Transcripts;

/// <summary>The part a speaker plays in a coaching session.</summary>
public enum SpeakerRole
{
    /// <summary>The role is not known (not assigned, or could not be inferred).</summary>
    Unknown = 0,

    /// <summary>The coach. Markers are reported on coach turns.</summary>
    Coach = 1,

    /// <summary>A client; team coaching has several.</summary>
    Client = 2,

    /// <summary>Anyone else, for example an observer or an assessor.</summary>
    Other = 3,
}
