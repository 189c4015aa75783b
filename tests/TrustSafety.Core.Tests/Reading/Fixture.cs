using TrustSafety.Reading;
using TrustSafety.Transcripts;

namespace TrustSafety.Core.Tests.Reading;

/// <summary>Loads the reader fixtures copied next to the tests.</summary>
internal static class Fixture
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Reading", "Fixtures", name);

    public static Transcript Load(string name) => TranscriptLoader.Default.LoadFile(Path(name));

    public static Transcript Read(ITranscriptReader reader, string text) => reader.Read(new StringReader(text), "input");
}
