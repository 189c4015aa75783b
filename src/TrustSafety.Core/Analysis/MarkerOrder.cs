using TrustSafety.Markers;

namespace TrustSafety.Analysis;

/// <summary>The deterministic order of markers: session-level first, then by turn, span start, span length, ID, message and confidence.</summary>
internal sealed class MarkerOrder : IComparer<Marker>
{
    public static MarkerOrder Instance { get; } = new();

    public int Compare(Marker? x, Marker? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var c = (x.Location.TurnIndex ?? -1).CompareTo(y.Location.TurnIndex ?? -1);
        if (c == 0) c = x.Location.Span.Start.CompareTo(y.Location.Span.Start);
        if (c == 0) c = x.Location.Span.Length.CompareTo(y.Location.Span.Length);
        if (c == 0) c = string.CompareOrdinal(x.Id, y.Id);
        if (c == 0) c = string.CompareOrdinal(x.Message, y.Message);
        if (c == 0) c = x.Confidence.CompareTo(y.Confidence);
        return c;
    }
}
