using TrustSafety.Assessment;
using TrustSafety.Cli.Evaluation;

namespace TrustSafety.Cli.Tests.Evaluation;

public class LevelAgreementTests
{
    private const EvidenceLevel Clear = EvidenceLevel.Clear;
    private const EvidenceLevel Limited = EvidenceLevel.Limited;
    private const EvidenceLevel Contradicted = EvidenceLevel.Contradicted;

    [Fact]
    public void Kappa_corrects_agreement_for_chance()
    {
        // Observed 3/4 = 0.75. Gold: clear 2/4, limited 2/4; predicted: clear 3/4, limited 1/4.
        // Chance = 0.5 * 0.75 + 0.5 * 0.25 = 0.5, so kappa = (0.75 - 0.5) / (1 - 0.5) = 0.5.
        var kappa = LevelAgreement.Kappa([(Clear, Clear), (Clear, Clear), (Limited, Clear), (Limited, Limited)]);

        kappa.Should().BeApproximately(0.5, 1e-12);
    }

    [Fact]
    public void Kappa_is_one_for_perfect_agreement_negative_below_chance_and_undefined_without_variety()
    {
        LevelAgreement.Kappa([(Clear, Clear), (Limited, Limited), (Contradicted, Contradicted)]).Should().BeApproximately(1, 1e-12);
        LevelAgreement.Kappa([(Clear, Limited), (Limited, Clear)]).Should().BeApproximately(-1, 1e-12);
        LevelAgreement.Kappa([(Clear, Clear), (Clear, Clear)]).Should().BeNull("chance agreement is 1 when both sides only ever say 'clear'");
        LevelAgreement.Kappa([]).Should().BeNull();
    }

    [Fact]
    public void Rows_are_ordered_behaviours_then_PCC_then_overall_and_pooled_per_kind()
    {
        var agreement = LevelAgreement.Of(
        [
            ("overall", Clear, Clear),
            ("PCC 4.2", Limited, Clear),
            ("4.4", Clear, Clear),
            ("4.1", Contradicted, Limited),
        ]);

        agreement.Rows.Select(r => r.Row).Should().Equal("4.1", "4.4", "PCC 4.2", "overall");
        agreement.Pooled.Select(p => (p.Row, p.Judged, p.Agreed)).Should().Equal(("behaviours", 2, 1), ("pccMarkers", 1, 0), ("all", 4, 2));
        agreement.Confusion.Should().Contain(new LevelConfusion(Clear, Clear, 2)).And.Contain(new LevelConfusion(Limited, Clear, 1));
    }
}
