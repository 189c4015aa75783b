using TrustSafety.Markers.Openness;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.Openness;

public class InvitesResponseDetectorTests
{
    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup) => new DetectorVerifier(new InvitesResponseDetector()).VerifyAsync(markup);

    // The coach offers a contribution, explicitly invites a response to it, the client answers and the
    // coach's next turn accepts the answer (builds on it, follows a correction or lets the idea go). The
    // marker runs from the contribution sentence to the end of the invitation sentence.
    [Theory]
    [InlineData("Coach: {|TS4604:It seems the evenings are where your energy goes. What do you think?|}\nClient: Yes, mostly the evenings.\nCoach: So the evenings. What would you protect first?")]
    [InlineData("Coach: {|TS4604:Some people block an hour each morning for deep work. How does that sound?|}\nClient: Not for me, mornings are chaos.\nCoach: Fair enough, mornings are out. When is it quieter?")]
    [InlineData("Coach: Can I offer a thought? {|TS4604:One option would be to ask the board for a phased start, how does that land?|}\nClient: Maybe. They might actually like that.\nCoach: What would make it easier for them to say yes?")]
    [InlineData("Coach: {|TS4604:So the real draw is the team, more than the salary. Tell me if I'm wrong.|}\nClient: No, that's right.\nCoach: Then let's look at what the team gives you.")]
    [InlineData("Coach: {|TS4604:From what you've said, your sister expects you to host every year. Correct me if that's not it.|}\nClient: She doesn't expect it, I just always offer.\nCoach: Ah, so it comes from you. What makes you offer?")]
    [InlineData("Coach: {|TS4604:My read is that you prepared brilliantly and then undersold it in the room. Is that fair?|}\nClient: Partly. I think the room was hostile too.\nCoach: Thanks, that's a piece I missed. What made it hostile?")]
    [InlineData("Coach: Thanks. {|TS4604:I notice you talk about the bakery in the past tense already. What's your take on that?|}\nClient: Huh. Maybe I've already let it go.\nCoach: Maybe. What would letting it go mean for you?")]
    [InlineData("Coach: {|TS4604:I'd say the first draft is stronger than the second. Feel free to disagree.|}\nClient: I actually prefer the second one.\nCoach: Okay, tell me what you like about it.")]
    [InlineData("Client: I've said yes to three new projects this month.\nCoach: {|TS4604:That's a pattern I've noticed since January. Does that ring true?|}\nClient: Yes, since the new director arrived.\nCoach: Since the new director. What changed then?")]
    [InlineData("Coach: {|TS4604:You sound more settled about London than about Berlin.\nCoach: Have I got that right?|}\nClient: Yes, Berlin was always the backup.\nCoach: Then let's look at London first.")]
    public async Task A_contribution_with_an_invitation_whose_answer_is_accepted_fires(string markup) => await Verify(markup);

    // Each case targets one rule: an invitation without a contribution (alone, or after a question), tags
    // that seek agreement ("right?", "yeah?", "don't you think?"), a next coach turn that argues ("Yes, but",
    // "I still think", "I disagree"), no client answer, no next coach turn, and a negated "invitation".
    [Theory]
    [InlineData("Coach: Okay. What do you think?\nClient: About the move? Not sure yet.\nCoach: Take your time.")]
    [InlineData("Coach: Would it help to talk to HR first? What do you think?\nClient: Maybe.\nCoach: Okay, let's think it through together.")]
    [InlineData("Coach: You could delegate the reporting to Sam, right?\nClient: I guess so.\nCoach: Good. Who else could help?")]
    [InlineData("Coach: You could ask for a raise at the review, yeah?\nClient: Maybe.\nCoach: Okay, what would you ask for?")]
    [InlineData("Coach: Leaving now would waste all that training, don't you think?\nClient: I suppose.\nCoach: So what would staying another year look like?")]
    [InlineData("Coach: It sounds like the contract is the sticking point. Is that fair?\nClient: Not really, it's more the people.\nCoach: Yes, but the contract is what keeps you there.")]
    [InlineData("Coach: My hunch is you're ready for the bigger role. How does that sit with you?\nClient: I don't think I am.\nCoach: Hmm. I still think you're underselling yourself.")]
    [InlineData("Coach: I'd guess the move scares you more than the job. Is that close?\nClient: No, I'm excited about the move.\nCoach: Okay. I disagree, though; you've mentioned it anxiously three times.")]
    [InlineData("Coach: I think the second offer suits you better. What do you think?\nFacilitator: Sorry to interrupt, the room is booked from three.\nCoach: No problem, we'll wrap up here.")]
    [InlineData("Coach: I wonder if the title matters less than the team. How does that land?\nClient: It lands. I think that's right.")]
    [InlineData("Coach: You should call the landlord today. Don't push back on this one.\nClient: Fine, I'll call.\nCoach: Great.")]
    [InlineData("Coach: I think the real issue is the commute. What do you think?\nClient: No, it's my manager.\nCoach: Anyway, let's talk about your goals for next month.")]
    public async Task Invitations_without_contribution_tags_arguments_and_missing_turns_do_not_fire(string markup) => await Verify(markup);

    [Fact]
    public async Task The_marker_relates_the_clients_response_and_names_the_invitation()
    {
        var result = await Verify("""
            Client: I keep saying yes to every extra shift.
            Coach: {|TS4604:It looks to me like saying yes is how you show you care about the team. Does that resonate?|}
            Client: A bit. It's also the money.
            Coach: The money too. Tell me about that side.
            """);

        var marker = result.Markers.Single();
        var related = marker.RelatedLocations.Should().ContainSingle().Subject;
        related.TurnIndex.Should().Be(2);
        result.Quote(related).Should().Be("A bit. It's also the money.");
        marker.Properties["invitation"].Should().Be("does that resonate");
        marker.Confidence.Should().Be(0.8);
    }

    [Fact]
    public async Task A_contribution_inside_the_invitation_sentence_gets_less_confidence()
    {
        var result = await Verify("""
            Coach: {|TS4604:One possibility is a four-day week for the summer, how would that be?|}
            Client: My manager would laugh at it.
            Coach: Alright, let's drop that one. What else could work?
            """);

        result.Markers.Single().Confidence.Should().Be(0.7);
    }
}
