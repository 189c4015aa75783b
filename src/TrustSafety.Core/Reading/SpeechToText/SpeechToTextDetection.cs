using TrustSafety.Reading.Json;

namespace TrustSafety.Reading.SpeechToText;

/// <summary>
/// Recognises the speech-to-text JSON flavours from the first characters of a file (which may end in the
/// middle of the document). Every flavour requires the text to start with <c>{</c> after white space and a
/// byte-order mark, and none claims a file that names the project's own format
/// (<c>"trustsafety-transcript"</c>). The rules exclude each other where keys are shared, so that at most
/// one flavour scores high:
/// <list type="bullet">
/// <item><description>AWS Transcribe (85): a <c>"jobName"</c> key, a <c>"speaker_labels"</c> object (not AssemblyAI's
/// <c>"speaker_labels": true</c>), a <c>"speaker_label"</c> key, or <c>"start_time"</c> with a <c>"pronunciation"</c> item.</description></item>
/// <item><description>Deepgram (85), unless AWS: <c>"results"</c> with <c>"utterances"</c>, <c>"metadata"</c> with
/// <c>"request_id"</c>, or <c>"results"</c> with <c>"channels"</c> and <c>"alternatives"</c>.</description></item>
/// <item><description>OpenAI <c>diarized_json</c> (85): <c>"transcript.text.segment"</c>, or an <c>"id"</c> of the form
/// <c>"seg_…"</c>; 60 for <c>"task": "transcribe"</c> when the head shows no Whisper <c>verbose_json</c> segment keys
/// (<c>"seek"</c>, <c>"tokens"</c>) and no <c>"SPEAKER_"</c> labels (the transcript's <c>text</c> comes first and can fill the head).</description></item>
/// <item><description>AssemblyAI (80), unless AWS or Deepgram: an <c>"audio_url"</c> key, or <c>"utterances"</c> with
/// <c>"words"</c> and <c>"start"</c>, or <c>"utterances"</c> with <c>"confidence"</c> and a one-letter
/// <c>"speaker"</c> label such as <c>"A"</c>.</description></item>
/// <item><description>WhisperX, unless AWS or OpenAI: <c>"segments"</c> with <c>"SPEAKER_"</c> labels or a
/// <c>"word_segments"</c> key (75); <c>"segments"</c> alone (30, as Whisper output without diarization).</description></item>
/// </list>
/// The project's JSON reader scores 95 with its marker and 40 for a bare <c>"utterances"</c>, so it wins
/// only when it is named.
/// </summary>
internal static class SpeechToTextDetection
{
    /// <summary>The score of a certain match of AWS, Deepgram and OpenAI.</summary>
    public const int Distinctive = 85;

    /// <summary>The score of an OpenAI head that shows only <c>"task": "transcribe"</c>.</summary>
    public const int OpenAiTaskScore = 60;

    /// <summary>The score of an AssemblyAI match.</summary>
    public const int AssemblyAiScore = 80;

    /// <summary>The score of a WhisperX match with diarization labels.</summary>
    public const int WhisperXScore = 75;

    /// <summary>The score of a bare <c>"segments"</c> key.</summary>
    public const int BareSegmentsScore = 30;

    /// <summary>Returns the head from its opening brace, or <see langword="null"/> when it is not a JSON object or is the project's format.</summary>
    public static string? Candidate(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var trimmed = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return trimmed.StartsWith('{') && !trimmed.Contains(JsonTranscriptReader.FormatMarker, StringComparison.Ordinal) ? trimmed : null;
    }

    public static bool IsAws(string json) =>
        HasKey(json, "jobName")
        || ValueStartsWith(json, "speaker_labels", static (text, at) => text[at] == '{')
        || HasKey(json, "speaker_label")
        || (HasKey(json, "start_time") && json.Contains("\"pronunciation\"", StringComparison.Ordinal));

    public static bool IsDeepgram(string json) =>
        !IsAws(json)
        && ((HasKey(json, "results") && HasKey(json, "utterances"))
            || (HasKey(json, "metadata") && HasKey(json, "request_id"))
            || (HasKey(json, "results") && HasKey(json, "channels") && HasKey(json, "alternatives")));

    public static bool IsOpenAi(string json) =>
        json.Contains("\"transcript.text.segment\"", StringComparison.Ordinal)
        || ValueStartsWith(json, "id", static (text, at) => string.CompareOrdinal(text, at, "\"seg_", 0, 5) == 0);

    /// <summary>
    /// The score of OpenAI <c>diarized_json</c>: 85 when distinctive; 60 for <c>"task": "transcribe"</c> without
    /// the segment keys of Whisper's <c>verbose_json</c> (<c>"seek"</c>, <c>"tokens"</c>), because the whole
    /// transcript <c>text</c> comes before the segments and can fill the head; otherwise 0.
    /// </summary>
    public static int OpenAi(string json)
    {
        if (IsOpenAi(json))
        {
            return Distinctive;
        }

        return ValueStartsWith(json, "task", static (text, at) => string.CompareOrdinal(text, at, "\"transcribe\"", 0, 12) == 0)
            && !HasKey(json, "seek") && !HasKey(json, "tokens") && !json.Contains("\"SPEAKER_", StringComparison.Ordinal)
            ? OpenAiTaskScore
            : 0;
    }

    public static bool IsAssemblyAi(string json) =>
        !IsAws(json) && !IsDeepgram(json)
        && (HasKey(json, "audio_url")
            || (HasKey(json, "utterances") && HasKey(json, "words") && HasKey(json, "start"))
            || (HasKey(json, "utterances") && HasKey(json, "confidence") && ValueStartsWith(json, "speaker", IsLetterLabel)));

    public static int WhisperX(string json)
    {
        if (IsAws(json) || IsOpenAi(json) || !HasKey(json, "segments"))
        {
            return 0;
        }

        return json.Contains("\"SPEAKER_", StringComparison.Ordinal) || HasKey(json, "word_segments") ? WhisperXScore : BareSegmentsScore;
    }

    /// <summary>Whether <c>"name"</c> occurs as a key (followed by optional white space and a colon).</summary>
    public static bool HasKey(string json, string name) => ValueStartsWith(json, name, static (_, _) => true);

    /// <summary>Whether some occurrence of the key <c>"name"</c> has a value for which <paramref name="test"/> holds.</summary>
    private static bool ValueStartsWith(string json, string name, Func<string, int, bool> test)
    {
        var quoted = "\"" + name + "\"";
        var from = 0;
        while ((from = json.IndexOf(quoted, from, StringComparison.Ordinal)) >= 0)
        {
            var at = SkipWhiteSpace(json, from + quoted.Length);
            from += quoted.Length;
            if (at < json.Length && json[at] == ':')
            {
                at = SkipWhiteSpace(json, at + 1);
                if (at < json.Length && test(json, at))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsLetterLabel(string text, int at) =>
        at + 2 < text.Length && text[at] == '"' && char.IsAsciiLetterUpper(text[at + 1]) && text[at + 2] == '"';

    private static int SkipWhiteSpace(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t' or '\r' or '\n')
        {
            at++;
        }

        return at;
    }
}
