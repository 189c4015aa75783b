using TrustSafety.DependencyInjection;
using TrustSafety.Markers.Acknowledgement;
using TrustSafety.Markers.Context;
using TrustSafety.Markers.Conversation;
using TrustSafety.Markers.Feelings;
using TrustSafety.Markers.Empathy;
using TrustSafety.Markers.Openness;
using TrustSafety.Markers.RespectAndAdaptation;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the built-in detectors to TrustSafety.</summary>
public static class BuiltInMarkersBuilderExtensions
{
    /// <summary>Adds every built-in detector, with its options bound from <c>TrustSafety:Detectors:{Name}</c>. Idempotent.</summary>
    /// <param name="builder">The TrustSafety builder.</param>
    /// <returns>The builder.</returns>
    public static TrustSafetyBuilder AddBuiltInMarkers(this TrustSafetyBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddDetector<TalkShareDetector, TalkShareOptions>(TalkShareOptions.Name)
            .AddDetector<SilenceAfterQuestionDetector, SilenceAfterQuestionOptions>(SilenceAfterQuestionOptions.Name)
            .AddDetector<QuestionStackingDetector, QuestionStackingOptions>(QuestionStackingOptions.Name)
            .AddDetector<InterruptionDetector, InterruptionOptions>(InterruptionOptions.Name)
            .AddDetector<MonologueDetector, MonologueOptions>(MonologueOptions.Name)
            .AddDetector<SoftenedQuestionDetector>()
            .AddDetector<ConfidentialityDetector>()
            .AddDetector<BluntQuestionDetector>()
            .AddDetector<BacktrackingDetector>()
            .AddDetector<PerceptualMatchingDetector>()
            .AddDetector<MechanicalOpenerDetector>()
            .AddDetector<SupportDetector>()
            .AddDetector<CaretakingDetector>()
            .AddDetector<InterpretationAsFactDetector>()
            .AddDetector<AcknowledgementDetector>()
            .AddDetector<FeelingsAcknowledgementDetector, FeelingsAcknowledgementOptions>(FeelingsAcknowledgementOptions.Name)
            .AddDetector<InvitesFeelingsDetector>()
            .AddDetector<DismissalDetector>()
            .AddDetector<ContextDetector>()
            .AddDetector<GroupGeneralisationDetector>()
            .AddDetector<TherapyDriftDetector>()
            .AddDetector<HumbleObservationDetector>()
            .AddDetector<TransparencyDetector>()
            .AddDetector<InvitesResponseDetector>()
            .AddDetector<ConversationFiguresDetector>();
    }
}
