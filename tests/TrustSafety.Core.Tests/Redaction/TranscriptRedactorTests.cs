using TrustSafety.Reading;
using TrustSafety.Redaction;
using TrustSafety.Transcripts;

namespace TrustSafety.Core.Tests.Redaction;

public class TranscriptRedactorTests
{
    private static Transcript Load(string text) =>
        TranscriptLoader.Default.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "session.txt", roles: Roles());

    private static RoleAssignmentOptions Roles()
    {
        var roles = new RoleAssignmentOptions();
        roles.Coaches.Add("Dana Lee");
        return roles;
    }

    [Fact]
    public void Names_and_their_parts_become_role_labels_in_speakers_and_text()
    {
        var transcript = TranscriptRedactor.Redact(Load("Dana Lee: Hi Marcus, good to see you.\nMarcus Webb: Hi Dana. Webb here, as ever.\n"));

        transcript.Speakers.Select(s => (s.Id, s.Name, s.Role)).Should().Equal(("Coach", "Coach", SpeakerRole.Coach), ("Client", "Client", SpeakerRole.Client));
        transcript.Turns[0].Text.Should().Be("Hi Client, good to see you.");
        transcript.Turns[1].Text.Should().Be("Hi Coach. Client here, as ever.");
        transcript.RoleAssignment.Should().Be(RoleAssignmentMode.Explicit);
    }

    [Fact]
    public void Emails_phone_numbers_and_urls_become_placeholders()
    {
        var transcript = TranscriptRedactor.Redact(Load("Dana Lee: Mail me at dana.lee@example.org or call +44 20 7946 0958. Notes: https://notes.example.org/s/42.\nSam: Thanks.\n"));

        transcript.Turns[0].Text.Should().Be("Mail me at [email] or call [phone]. Notes: [url].");
    }

    [Fact]
    public void Words_that_only_contain_a_name_are_kept_and_extra_terms_are_replaced()
    {
        var options = new RedactionOptions();
        options.Terms.Add("Acme");
        var transcript = TranscriptRedactor.Redact(Load("Dana Lee: Leeway matters at Acme.\nSam: Yes.\n"), options);

        transcript.Turns[0].Text.Should().Be("Leeway matters at [redacted].");
    }

    [Fact]
    public void Redacted_text_still_maps_to_the_source_file()
    {
        var transcript = TranscriptRedactor.Redact(Load("Dana Lee: Hi Marcus, good to see you.\nMarcus: Hi.\n"));
        var turn = transcript.Turns[0];

        turn.MapToSource(3)!.Value.Column.Should().Be(14, "the label points at the name it replaced");
        turn.MapToSource(turn.Text.IndexOf("good", StringComparison.Ordinal))!.Value.Column.Should().Be(22);
    }

    [Fact]
    public void Options_can_keep_names_or_personal_data()
    {
        var keepAll = new RedactionOptions { Names = false, PersonalData = false };

        var transcript = TranscriptRedactor.Redact(Load("Dana Lee: Hi Marcus, mail a@b.co.\nMarcus: Hi.\n"), keepAll);

        transcript.Turns[0].Text.Should().Be("Hi Marcus, mail a@b.co.");
        transcript.Speakers[0].Name.Should().Be("Dana Lee");
    }
}
