using TrustSafety.Markers.Context;
using TrustSafety.Testing;

namespace TrustSafety.Markers.Tests.Context;

public class ContextDetectorTests
{
    private static Task<TrustSafety.Analysis.AnalysisResult> Verify(string markup) => new DetectorVerifier(new ContextDetector()).VerifyAsync(markup);

    [Theory]
    [InlineData("Coach: {|TS4101:What values are pulling you in different directions?|}")]
    [InlineData("Coach: {|TS4101:How does being the first in your family at university play into this?|}")]
    [InlineData("Coach: {|TS4101:Who at home is affected by the move?|}")]
    [InlineData("Coach: {|TS4101:What's the culture like around asking for help there?|}")]
    [InlineData("Coach: {|TS4101:What matters most to you about the new role?|}")]
    [InlineData("Coach: {|TS4101:How does that history shape what you want for the bakery?|}")]
    [InlineData("Coach: {|TS4101:What does success mean to you, apart from the title?|}")]
    [InlineData("Coach: {|TS4101:Who else is in this decision with you?|}")]
    public async Task Questions_about_values_identity_people_and_history_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: When does the lease end?")]
    [InlineData("Coach: How many people report to you?")]
    [InlineData("Coach: Good weekend?")]
    [InlineData("Coach: What options do you have?")]
    [InlineData("Coach: Your generation only chases what matters to you in the moment, right?")]
    [InlineData("Client: What matters most to me is my family.")]
    [InlineData("Coach: What was it like growing up with him?")]
    [InlineData("Coach: What will you do first?")]
    public async Task Logistics_plans_stereotypes_and_drift_do_not_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: {|TS4101:How does that show up in the way you lead?|}")]
    [InlineData("Coach: {|TS4101:What have earlier moves taught you about yourself?|}")]
    [InlineData("Coach: {|TS4101:What would it say about you, if you stepped back?|}")]
    [InlineData("Coach: Being the one everybody leans on. {|TS4101:That runs deep.|}")]
    public async Task Experience_linked_forward_and_identity_fire(string markup) => await Verify(markup);

    [Theory]
    [InlineData("Coach: So what I hear you saying is that work is taking over your family life.")]
    [InlineData("Coach: Where does that come from? What was it like at home when you were growing up?")]
    public async Task Stock_reflections_and_drift_turns_do_not_fire(string markup) => await Verify(markup);
}
