namespace TrustSafety.Transcripts;

/// <summary>A person (or a diarization label) who speaks in a transcript.</summary>
/// <param name="Id">The identifier, unique in the transcript (a name or a label such as <c>SPEAKER_00</c>).</param>
/// <param name="Name">The display name.</param>
/// <param name="Role">The role in the session.</param>
public sealed record Speaker(string Id, string Name, SpeakerRole Role);
