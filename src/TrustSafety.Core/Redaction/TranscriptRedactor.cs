using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TrustSafety.Reading;
using TrustSafety.Transcripts;

namespace TrustSafety.Redaction;

/// <summary>
/// Returns a copy of a transcript with speakers' names replaced by role labels (Coach, Client, Client 2,
/// Other) in the speaker list and, part by part, wherever they appear in the text ("Hi Marcus" → "Hi
/// Client"), and e-mail addresses, phone numbers and URLs replaced by placeholders. Analyse the
/// redacted copy and every report is redacted. Replaced text still maps to the place it replaced in
/// the source file. Metadata is dropped.
/// </summary>
public static class TranscriptRedactor
{
    private static readonly (Regex Pattern, string Placeholder)[] PersonalData =
    [
        (new Regex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant), "[email]"),
        (new Regex(@"(https?://|www\.)[^\s]+[^\s.,;:!?)\]""']", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase), "[url]"),
        (new Regex(@"\+?\d[\d\s().-]{5,}\d", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant), "[phone]"),
    ];

    private static readonly ImmutableHashSet<string> NotNames = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase, "coach", "client", "speaker", "unknown", "observer", "other", "mr", "mrs", "ms", "dr");

    /// <summary>Redacts a transcript.</summary>
    /// <param name="transcript">The transcript, with roles assigned.</param>
    /// <param name="options">What to replace; everything by default.</param>
    /// <returns>The redacted copy.</returns>
    public static Transcript Redact(Transcript transcript, RedactionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        options ??= new RedactionOptions();
        var labels = Labels(transcript.Speakers);
        var terms = new List<(string Term, string Label)>();
        if (options.Names)
        {
            foreach (var speaker in transcript.Speakers)
            {
                terms.Add((speaker.Name, labels[speaker.Id]));
                terms.AddRange(speaker.Name.Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries)
                    .Where(p => p.Length > 1 && char.IsUpper(p[0]) && !NotNames.Contains(p))
                    .Select(p => (p, labels[speaker.Id])));
            }
        }

        terms.AddRange(options.Terms.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => (t.Trim(), "[redacted]")));
        terms = [.. terms.DistinctBy(t => t.Term, StringComparer.OrdinalIgnoreCase).OrderByDescending(t => t.Term.Length)];

        var builder = new TranscriptBuilder(transcript.Source.Name, transcript.Source.Format) { RoleAssignment = transcript.RoleAssignment };
        foreach (var speaker in transcript.Speakers)
        {
            var id = options.Names ? labels[speaker.Id] : speaker.Id;
            builder.AddSpeaker(id, options.Names ? labels[speaker.Id] : speaker.Name, speaker.Role);
        }

        foreach (var diagnostic in transcript.Diagnostics)
        {
            builder.AddDiagnostic(diagnostic with { Message = Replace(diagnostic.Message, Matches(diagnostic.Message, terms, options)) });
        }

        foreach (var turn in transcript.Turns)
        {
            var id = options.Names ? labels[turn.Speaker.Id] : turn.Speaker.Id;
            foreach (var utterance in turn.Utterances)
            {
                builder.AddUtterance(id, Redact(utterance, Matches(utterance.Text, terms, options)));
            }
        }

        return builder.Build();
    }

    /// <summary>Role labels: Coach, Client (Client 2, ... for several), Other, Speaker for unknown roles.</summary>
    private static Dictionary<string, string> Labels(IEnumerable<Speaker> speakers)
    {
        var counts = new Dictionary<SpeakerRole, int>();
        var labels = new Dictionary<string, string>();
        foreach (var speaker in speakers)
        {
            var n = counts[speaker.Role] = counts.GetValueOrDefault(speaker.Role) + 1;
            var name = speaker.Role switch
            {
                SpeakerRole.Coach => "Coach",
                SpeakerRole.Client => "Client",
                SpeakerRole.Other => "Other",
                _ => "Speaker",
            };
            labels[speaker.Id] = n == 1 ? name : $"{name} {n}";
        }

        return labels;
    }

    /// <summary>The ranges to replace, non-overlapping and in order.</summary>
    private static List<(int Start, int Length, string Label)> Matches(string text, List<(string Term, string Label)> terms, RedactionOptions options)
    {
        var found = new List<(int Start, int Length, string Label)>();
        if (options.PersonalData)
        {
            foreach (var (pattern, placeholder) in PersonalData)
            {
                found.AddRange(pattern.Matches(text).Select(m => (m.Index, m.Length, placeholder)));
            }
        }

        foreach (var (term, label) in terms)
        {
            var at = 0;
            while ((at = text.IndexOf(term, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var end = at + term.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    found.Add((at, term.Length, label));
                }

                at = end;
            }
        }

        var result = new List<(int Start, int Length, string Label)>();
        foreach (var match in found.OrderBy(m => m.Start).ThenByDescending(m => m.Length))
        {
            if (result.Count == 0 || match.Start >= result[^1].Start + result[^1].Length)
            {
                result.Add(match);
            }
        }

        return result;
    }

    private static string Replace(string text, List<(int Start, int Length, string Label)> matches)
    {
        for (var i = matches.Count - 1; i >= 0; i--)
        {
            text = string.Concat(text.AsSpan(0, matches[i].Start), matches[i].Label, text.AsSpan(matches[i].Start + matches[i].Length));
        }

        return text;
    }

    private static Utterance Redact(Utterance utterance, List<(int Start, int Length, string Label)> matches)
    {
        if (matches.Count == 0)
        {
            return utterance;
        }

        if (utterance.SourceMap.IsEmpty)
        {
            return new Utterance(Replace(utterance.Text, matches), utterance.Start, utterance.End, utterance.Id);
        }

        // Rebuild the text with its map: kept characters keep their source, a label points at what it replaced.
        var text = new MappedTextBuilder();
        var next = 0;
        foreach (var (start, length, label) in matches)
        {
            AppendKept(text, utterance, next, start);
            var at = utterance.MapToSource(start) ?? utterance.SourceMap[0].Source;
            foreach (var c in label)
            {
                text.Append(c, at);
            }

            next = start + length;
        }

        AppendKept(text, utterance, next, utterance.Text.Length);
        var (plain, map) = text.Build();
        return new Utterance(plain, utterance.Start, utterance.End, utterance.Id, map);
    }

    private static void AppendKept(MappedTextBuilder text, Utterance utterance, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            text.Append(utterance.Text[i], utterance.MapToSource(i) ?? utterance.SourceMap[0].Source);
        }
    }
}
