using TrustSafety.Diagnostics;
using TrustSafety.Transcripts;

namespace TrustSafety.Core.Tests.Transcripts;

public class RoleAssignerTests
{
    private static Transcript Unlabelled() => new TranscriptBuilder()
        .AddUtterance("Dana", "What would you like to work on? What matters most?")
        .AddUtterance("Sam", "My role is changing and I am not sure I want it. It has been a long month.")
        .AddUtterance("Dana", "What makes it feel uncertain?")
        .AddUtterance("Sam", "The travel, mostly. And my kids are small.")
        .Build();

    [Fact]
    public void Speakers_named_Coach_and_Client_get_those_roles()
    {
        var transcript = RoleAssigner.Assign(new TranscriptBuilder().AddUtterance("Coach", "Hi?").AddUtterance("Client", "Hello.").Build());

        transcript.RoleAssignment.Should().Be(RoleAssignmentMode.Named);
        transcript.Turns.Select(t => t.Role).Should().Equal(SpeakerRole.Coach, SpeakerRole.Client);
    }

    [Fact]
    public void Other_speakers_beside_Coach_and_Client_become_Other()
    {
        var transcript = RoleAssigner.Assign(new TranscriptBuilder().AddUtterance("Coach", "Hi?").AddUtterance("Note", "recording started").AddUtterance("Client", "Hello.").Build());

        transcript.RoleAssignment.Should().Be(RoleAssignmentMode.Named);
        transcript.FindSpeaker("Note")!.Role.Should().Be(SpeakerRole.Other);
    }

    [Fact]
    public void Explicit_names_win_and_everyone_else_becomes_a_client()
    {
        var roles = new RoleAssignmentOptions();
        roles.Coaches.Add("sam");

        var transcript = RoleAssigner.Assign(Unlabelled(), roles);

        transcript.RoleAssignment.Should().Be(RoleAssignmentMode.Explicit);
        transcript.FindSpeaker("Sam")!.Role.Should().Be(SpeakerRole.Coach);
        transcript.FindSpeaker("Dana")!.Role.Should().Be(SpeakerRole.Client);
        transcript.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_name_that_matches_no_speaker_is_an_error_listing_the_speakers()
    {
        var roles = new RoleAssignmentOptions();
        roles.Coaches.Add("Alex");

        var act = () => RoleAssigner.Assign(Unlabelled(), roles);

        act.Should().Throw<ArgumentException>().WithMessage("*'Alex' matches no speaker*'Dana'*'Sam'*");
    }

    [Fact]
    public void Without_names_the_speaker_asking_most_questions_is_taken_as_coach_with_TS0003()
    {
        var transcript = RoleAssigner.Assign(Unlabelled());

        transcript.RoleAssignment.Should().Be(RoleAssignmentMode.Heuristic);
        transcript.FindSpeaker("Dana")!.Role.Should().Be(SpeakerRole.Coach);
        transcript.FindSpeaker("Sam")!.Role.Should().Be(SpeakerRole.Client);
        transcript.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.RolesInferred).Which.Message.Should().Contain("Dana");
    }

    [Fact]
    public void A_single_speaker_gets_no_coach_and_a_warning()
    {
        var transcript = RoleAssigner.Assign(new TranscriptBuilder().AddUtterance("Dana", "Notes to self.").Build());

        transcript.Speakers.Single().Role.Should().Be(SpeakerRole.Unknown);
        transcript.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.RolesInferred && d.Severity == TrustSafety.Markers.Severity.Warning);
    }
}
