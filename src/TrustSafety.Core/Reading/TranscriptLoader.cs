using System.Collections.Immutable;
using System.Text;
using TrustSafety.Reading.Json;
using TrustSafety.Reading.Otter;
using TrustSafety.Reading.PlainText;
using TrustSafety.Reading.SpeechToText;
using TrustSafety.Reading.Srt;
using TrustSafety.Reading.WebVtt;
using TrustSafety.Transcripts;

namespace TrustSafety.Reading;

/// <summary>
/// Loads a transcript: checks the size limit, refuses binary input, detects the format from the content
/// (or takes the one given), reads it and assigns roles.
/// </summary>
public sealed class TranscriptLoader
{
    private const int HeadLength = 8192;
    private readonly ImmutableArray<ITranscriptReader> _readers;
    private readonly TranscriptLoaderOptions _options;

    /// <summary>Creates a loader with the given readers.</summary>
    /// <param name="readers">The readers; format names must be unique.</param>
    /// <param name="options">Limits; the defaults when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">Two readers have the same format name.</exception>
    public TranscriptLoader(IEnumerable<ITranscriptReader> readers, TranscriptLoaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(readers);
        _readers = [.. readers];
        var duplicate = _readers.GroupBy(r => r.FormatName, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two transcript readers have the format name '{duplicate.Key}'.", nameof(readers));
        }

        _options = options ?? new TranscriptLoaderOptions();
    }

    /// <summary>
    /// Gets the built-in readers: <c>plain</c>, <c>json</c>, <c>webvtt</c>, <c>srt</c>, <c>otter</c>,
    /// <c>assemblyai</c>, <c>deepgram</c>, <c>whisperx</c>, <c>openai</c>, <c>aws-transcribe</c>.
    /// </summary>
    public static ImmutableArray<ITranscriptReader> BuiltInReaders { get; } =
    [
        new PlainTextTranscriptReader(),
        new JsonTranscriptReader(),
        new WebVttTranscriptReader(),
        new SrtTranscriptReader(),
        new OtterTranscriptReader(),
        new AssemblyAiTranscriptReader(),
        new DeepgramTranscriptReader(),
        new WhisperXTranscriptReader(),
        new OpenAiTranscriptReader(),
        new AwsTranscribeTranscriptReader(),
    ];

    /// <summary>Gets a loader with the built-in readers and default limits.</summary>
    public static TranscriptLoader Default { get; } = new(BuiltInReaders);

    /// <summary>Gets the names of the formats the loader reads.</summary>
    public IEnumerable<string> FormatNames => _readers.Select(r => r.FormatName);

    /// <summary>Loads a transcript file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="format">The format name, or <see langword="null"/> to detect it.</param>
    /// <param name="roles">Who the coach and clients are, if the user says.</param>
    /// <param name="cancellationToken">Cancels loading.</param>
    /// <returns>The transcript, with roles assigned.</returns>
    /// <exception cref="TranscriptFormatException">The file is missing, too large, not a transcript, or not valid in its format.</exception>
    public Transcript LoadFile(string path, string? format = null, RoleAssignmentOptions? roles = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new TranscriptFormatException($"the file cannot be opened: {e.Message}", path, innerException: e);
        }

        using (stream)
        {
            return Load(stream, path, format, roles, cancellationToken);
        }
    }

    /// <summary>Loads a transcript from a stream of UTF-8 text (a byte-order mark selects another Unicode encoding).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="sourceName">The name used in messages and in <see cref="TranscriptSource.Name"/>.</param>
    /// <param name="format">The format name, or <see langword="null"/> to detect it.</param>
    /// <param name="roles">Who the coach and clients are, if the user says.</param>
    /// <param name="cancellationToken">Cancels loading.</param>
    /// <returns>The transcript, with roles assigned.</returns>
    /// <exception cref="TranscriptFormatException">The input is too large, not a transcript, or not valid in its format.</exception>
    public Transcript Load(Stream stream, string? sourceName, string? format = null, RoleAssignmentOptions? roles = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek && stream.Length - stream.Position > _options.MaxInputBytes)
        {
            throw TooLarge(sourceName);
        }

        using var limited = new LimitedStream(stream, _options.MaxInputBytes, () => TooLarge(sourceName));
        using var text = new StreamReader(limited, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 16384, leaveOpen: true);
        var head = ReadHead(text);
        if (head.AsSpan().TrimStart("\uFEFF \t\r\n").IsEmpty && text.Peek() < 0)
        {
            throw new TranscriptFormatException("the input is empty, so it is not a transcript", sourceName, 1, 1);
        }

        var nul = head.IndexOf('\0');
        if (nul >= 0)
        {
            var lineStart = head.LastIndexOf('\n', Math.Max(nul - 1, 0)) + 1;
            var line = head.AsSpan(0, nul).Count('\n') + 1;
            throw new TranscriptFormatException("the input contains NUL characters, so it looks binary, not like a text transcript", sourceName, line, nul - lineStart + 1);
        }

        var reader = format is null ? Detect(head, sourceName) : Find(format, sourceName);
        var transcript = reader.Read(new HeadThenRest(head, text), sourceName, cancellationToken);
        return RoleAssigner.Assign(transcript, roles);
    }

    private TranscriptFormatException TooLarge(string? sourceName) =>
        new($"the input is larger than the limit of {_options.MaxInputBytes} bytes (TranscriptLoaderOptions.MaxInputBytes)", sourceName);

    private ITranscriptReader Find(string format, string? sourceName) =>
        _readers.FirstOrDefault(r => string.Equals(r.FormatName, format, StringComparison.OrdinalIgnoreCase))
        ?? throw new TranscriptFormatException($"'{format}' is not a known input format; known formats: {string.Join(", ", FormatNames)}", sourceName);

    private ITranscriptReader Detect(string head, string? sourceName)
    {
        var extension = sourceName is null ? string.Empty : Path.GetExtension(sourceName);
        var best = _readers
            .Select(r => (Reader: r, Score: r.Detect(head), Extension: r.FileExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => x.Extension)
            .FirstOrDefault();
        return best.Reader ?? throw new TranscriptFormatException(
            $"the input is not in any known transcript format ({string.Join(", ", FormatNames)}); give one with --input-format if it is one of them", sourceName, 1, 1);
    }

    private static string ReadHead(StreamReader reader)
    {
        var buffer = new char[HeadLength];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = reader.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return new string(buffer, 0, total);
    }

    /// <summary>A text reader that gives the already-read head, then the rest of the stream.</summary>
    private sealed class HeadThenRest(string head, TextReader rest) : TextReader
    {
        private int _position;

        public override int Peek() => _position < head.Length ? head[_position] : rest.Peek();

        public override int Read() => _position < head.Length ? head[_position++] : rest.Read();

        public override int Read(char[] buffer, int index, int count)
        {
            if (_position < head.Length)
            {
                var n = Math.Min(count, head.Length - _position);
                head.CopyTo(_position, buffer, index, n);
                _position += n;
                return n;
            }

            return rest.Read(buffer, index, count);
        }
    }
}
