using TrustSafety.Diagnostics;
using TrustSafety.Markers;

namespace TrustSafety.Transcripts;

/// <summary>
/// Assigns speaker roles: explicitly (the user names the coach and/or clients), else by name (speakers
/// literally named Coach and Client, or roles given in the file), else by a heuristic reported as TS0003.
/// See docs/transcript-format.md for the heuristic and its known failure cases.
/// </summary>
public static class RoleAssigner
{
    /// <summary>Assigns roles to a transcript's speakers.</summary>
    /// <param name="transcript">The transcript.</param>
    /// <param name="options">Who the coach and clients are, if the user says.</param>
    /// <returns>The transcript with roles and <see cref="Transcript.RoleAssignment"/> set.</returns>
    /// <exception cref="RoleAssignmentException">A given name matches no speaker, or a speaker is named as both coach and client.</exception>
    public static Transcript Assign(Transcript transcript, RoleAssignmentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        if (options is { } o && (o.Coaches.Count > 0 || o.Clients.Count > 0))
        {
            return AssignExplicitly(transcript, o);
        }

        if (transcript.Speakers.Any(s => s.Role == SpeakerRole.Coach))
        {
            // The file gave roles: keep them, anyone unlabelled is a client.
            var given = transcript.Speakers.ToDictionary(s => s.Id, s => s.Role == SpeakerRole.Unknown ? SpeakerRole.Client : s.Role);
            return transcript.WithRoles(given, RoleAssignmentMode.Named);
        }

        // Speakers literally named Coach and Client; anyone else (an observer, a stray "Note:") is Other.
        var named = transcript.Speakers.ToDictionary(s => s.Id, s => RoleFromName(s.Name));
        if (named.Values.Contains(SpeakerRole.Coach) && named.Values.Contains(SpeakerRole.Client))
        {
            return transcript.WithRoles(named.ToDictionary(p => p.Key, p => p.Value == SpeakerRole.Unknown ? SpeakerRole.Other : p.Value), RoleAssignmentMode.Named);
        }

        return AssignByHeuristic(transcript);
    }

    private static Transcript AssignExplicitly(Transcript transcript, RoleAssignmentOptions options)
    {
        var roles = new Dictionary<string, SpeakerRole>();
        foreach (var (names, role) in new[] { (options.Coaches, SpeakerRole.Coach), (options.Clients, SpeakerRole.Client) })
        {
            foreach (var name in names)
            {
                var matches = transcript.Speakers.Where(s => Matches(s, name)).ToList();
                if (matches.Count == 0)
                {
                    var known = string.Join(", ", transcript.Speakers.Select(s => s.Id == s.Name ? $"'{s.Name}'" : $"'{s.Name}' ({s.Id})"));
                    throw new RoleAssignmentException($"The {role.ToString().ToLowerInvariant()} '{name}' matches no speaker; the speakers are {known}.");
                }

                foreach (var speaker in matches)
                {
                    if (roles.TryGetValue(speaker.Id, out var existing) && existing != role)
                    {
                        throw new RoleAssignmentException($"Speaker '{speaker.Name}' is named as both coach and client.");
                    }

                    roles[speaker.Id] = role;
                }
            }
        }

        var rest = transcript.Speakers.Where(s => !roles.ContainsKey(s.Id)).ToList();
        var restRole = options.Coaches.Count > 0 ? SpeakerRole.Client : rest.Count == 1 ? SpeakerRole.Coach : SpeakerRole.Other;
        foreach (var speaker in rest)
        {
            roles[speaker.Id] = restRole;
        }

        return transcript.WithRoles(roles, RoleAssignmentMode.Explicit);
    }

    /// <summary>
    /// The coach is the speaker (of two or more) with the highest share of questions among their
    /// sentences; ties go to the speaker with fewer words. Everyone else is a client.
    /// </summary>
    private static Transcript AssignByHeuristic(Transcript transcript)
    {
        if (transcript.Speakers.Length < 2)
        {
            var only = transcript.Speakers[0];
            return transcript.WithRoles(
                new Dictionary<string, SpeakerRole> { [only.Id] = SpeakerRole.Unknown },
                RoleAssignmentMode.None,
                [new Diagnostic(DiagnosticIds.RolesInferred, Severity.Warning, $"Only one speaker ('{only.Name}') speaks, so no coach could be identified; name the coach with --coach.")]);
        }

        var analysis = transcript.TextAnalysis;
        var stats = transcript.Speakers.Select(s =>
        {
            var turns = transcript.Turns.Where(t => t.Speaker.Id == s.Id).ToList();
            var sentences = turns.Sum(t => analysis[t.Index].Sentences.Length);
            var questions = turns.Sum(t => analysis[t.Index].Questions.Length);
            var words = turns.Sum(t => analysis[t.Index].WordCount);
            return (Speaker: s, QuestionShare: sentences == 0 ? 0 : (double)questions / sentences, Words: words);
        }).ToList();
        var coach = stats.OrderByDescending(x => x.QuestionShare).ThenBy(x => x.Words).ThenBy(x => x.Speaker.Id, StringComparer.Ordinal).First();
        var roles = transcript.Speakers.ToDictionary(s => s.Id, s => s.Id == coach.Speaker.Id ? SpeakerRole.Coach : SpeakerRole.Client);
        var message = $"Roles were inferred: '{coach.Speaker.Name}' was taken as the coach (the highest share of questions, {(int)Math.Round(coach.QuestionShare * 100)}% of sentences) and the others as clients; name them with --coach and --client if this is wrong.";
        return transcript.WithRoles(roles, RoleAssignmentMode.Heuristic, [new Diagnostic(DiagnosticIds.RolesInferred, Severity.Info, message)]);
    }

    private static bool Matches(Speaker speaker, string name) =>
        string.Equals(speaker.Id, name.Trim(), StringComparison.OrdinalIgnoreCase) || string.Equals(speaker.Name, name.Trim(), StringComparison.OrdinalIgnoreCase);

    private static SpeakerRole RoleFromName(string name) => name.Trim().ToLowerInvariant() switch
    {
        "coach" => SpeakerRole.Coach,
        "client" => SpeakerRole.Client,
        _ => SpeakerRole.Unknown,
    };
}
