using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers;
using TrustSafety.Transcripts;

namespace TrustSafety.Core.Tests;

/// <summary>A detector built from lambdas, for engine tests.</summary>
internal sealed class TestDetector(params MarkerDescriptor[] declared) : IMarkerDetector
{
    public ImmutableArray<MarkerDescriptor> SupportedMarkers { get; } = [.. declared];

    public Action<TurnAnalysisContext>? OnTurn { get; init; }

    public SpeakerRole[] Roles { get; init; } = [SpeakerRole.Coach];

    public Action<ExchangeAnalysisContext>? OnExchange { get; init; }

    public Action<TranscriptAnalysisContext>? OnTranscript { get; init; }

    public void Initialize(MarkerAnalysisContext context)
    {
        if (OnTurn is not null)
        {
            context.RegisterTurnAction(OnTurn, Roles);
        }

        if (OnExchange is not null)
        {
            context.RegisterExchangeAction(OnExchange);
        }

        if (OnTranscript is not null)
        {
            context.RegisterTranscriptAction(OnTranscript);
        }
    }

    public static MarkerDescriptor Descriptor(string id, Polarity polarity = Polarity.Evidence, params string[] behaviours) =>
        new(id, $"Test marker {id}", "Found {0}.", polarity, behaviours);

    /// <summary>A detector that reports its marker on every coach turn, on the turn's first word.</summary>
    public static TestDetector EveryCoachTurn(MarkerDescriptor descriptor) => new(descriptor)
    {
        OnTurn = c => c.Report(Marker.Create(descriptor, MarkerLocation.InTurn(c.Turn, c.TurnText.Tokens[0].Span), 0.5, messageArguments: c.TurnText.Quote(c.TurnText.Tokens[0].Span))),
    };
}
