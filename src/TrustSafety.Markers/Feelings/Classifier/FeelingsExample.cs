namespace TrustSafety.Markers.Feelings.Classifier;

/// <summary>One labelled exchange of the feelings-acknowledgement training corpus (docs/feelings-labelling.md).</summary>
/// <param name="Id">The example's ID, unique in its corpus.</param>
/// <param name="Client">The client turn the coach answers.</param>
/// <param name="Coach">The coach turn.</param>
/// <param name="Label">Whether the coach turn acknowledges a feeling, perception, concern or belief of the client.</param>
/// <param name="Kind">Why (the guideline's kind, e.g. <c>validation</c> or <c>own-feeling</c>).</param>
public sealed record FeelingsExample(string Id, string Client, string Coach, bool Label, string Kind);
