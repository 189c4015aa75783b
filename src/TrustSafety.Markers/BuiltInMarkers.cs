using System.Collections.Immutable;
using TrustSafety.Analysis;
using TrustSafety.Markers.Acknowledgement;
using TrustSafety.Markers.Context;
using TrustSafety.Markers.Conversation;
using TrustSafety.Markers.Feelings;
using TrustSafety.Markers.Empathy;
using TrustSafety.Markers.Openness;
using TrustSafety.Markers.RespectAndAdaptation;

namespace TrustSafety.Markers;

/// <summary>The built-in detectors and the descriptors of the markers they report.</summary>
public static class BuiltInMarkers
{
    /// <summary>The documentation page each built-in descriptor's help link points into (anchor = lower-case ID).</summary>
    public const string DocumentationUrl = "https://github.com/trustsafety/trustsafety/blob/main/docs/markers.md";

    /// <summary>Creates one instance of every built-in detector.</summary>
    /// <returns>The detectors.</returns>
    public static ImmutableArray<IMarkerDetector> CreateDetectors() =>
    [
        new TalkShareDetector(),
        new SilenceAfterQuestionDetector(),
        new QuestionStackingDetector(),
        new InterruptionDetector(),
        new MonologueDetector(),
        new SoftenedQuestionDetector(),
        new ConfidentialityDetector(),
        new BluntQuestionDetector(),
        new BacktrackingDetector(),
        new PerceptualMatchingDetector(),
        new MechanicalOpenerDetector(),
        new SupportDetector(),
        new CaretakingDetector(),
        new InterpretationAsFactDetector(),
        new AcknowledgementDetector(),
        new FeelingsAcknowledgementDetector(),
        new InvitesFeelingsDetector(),
        new DismissalDetector(),
        new ContextDetector(),
        new GroupGeneralisationDetector(),
        new TherapyDriftDetector(),
        new HumbleObservationDetector(),
        new TransparencyDetector(),
        new InvitesResponseDetector(),
        new ConversationFiguresDetector(),
    ];

    /// <summary>Gets the descriptors of every built-in marker, ordered by ID.</summary>
    public static ImmutableArray<MarkerDescriptor> Descriptors { get; } =
        CreateDetectors().SelectMany(d => d.SupportedMarkers).OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

    /// <summary>Creates a built-in descriptor with its help link.</summary>
    internal static MarkerDescriptor Describe(
        string id,
        string title,
        string messageFormat,
        Polarity polarity,
        string[] behaviours,
        string[] pccMarkers,
        string description,
        params string[] tags) =>
        MarkerDescriptor.CreateBuiltIn(id, title, messageFormat, polarity, behaviours, pccMarkers, description, $"{DocumentationUrl}#{id.ToLowerInvariant()}", tags);
}
