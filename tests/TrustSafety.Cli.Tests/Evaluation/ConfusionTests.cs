using TrustSafety.Cli.Evaluation;

namespace TrustSafety.Cli.Tests.Evaluation;

public class ConfusionTests
{
    [Fact]
    public void Precision_recall_and_F1_match_a_hand_computed_case()
    {
        var counts = new Confusion(TruePositives: 3, FalsePositives: 1, FalseNegatives: 2);

        counts.Precision.Should().Be(0.75);
        counts.Recall.Should().Be(0.6);
        counts.F1.Should().BeApproximately(2 * 0.75 * 0.6 / (0.75 + 0.6), 1e-12);
    }

    [Fact]
    public void Sets_are_compared_unit_by_unit()
    {
        var gold = new HashSet<int> { 1, 2, 3, 4 };
        var predicted = new HashSet<int> { 3, 4, 5 };

        Confusion.Of(gold, predicted).Should().Be(new Confusion(2, 1, 2));
    }

    [Fact]
    public void An_empty_class_has_undefined_ratios_rather_than_zero()
    {
        var nothing = Confusion.Of(new HashSet<int>(), new HashSet<int>());

        nothing.Precision.Should().BeNull();
        nothing.Recall.Should().BeNull();
        nothing.F1.Should().BeNull();
    }

    [Fact]
    public void Predictions_without_gold_have_zero_precision_and_undefined_recall()
    {
        var counts = new Confusion(0, 4, 0);

        counts.Precision.Should().Be(0);
        counts.Recall.Should().BeNull();
        counts.F1.Should().Be(0);
    }

    [Fact]
    public void Gold_without_predictions_has_undefined_precision_and_zero_recall()
    {
        var counts = new Confusion(0, 0, 5);

        counts.Precision.Should().BeNull();
        counts.Recall.Should().Be(0);
        counts.F1.Should().Be(0);
    }

    [Fact]
    public void Counts_add_up()
    {
        (new Confusion(1, 2, 3) + new Confusion(4, 5, 6)).Should().Be(new Confusion(5, 7, 9));
    }
}
