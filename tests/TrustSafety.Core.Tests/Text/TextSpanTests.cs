using TrustSafety.Text;

namespace TrustSafety.Core.Tests.Text;

public class TextSpanTests
{
    [Fact]
    public void A_span_is_half_open()
    {
        var span = TextSpan.FromBounds(2, 5);

        span.Contains(2).Should().BeTrue();
        span.Contains(5).Should().BeFalse();
        span.Length.Should().Be(3);
    }

    [Fact]
    public void Overlap_needs_a_shared_code_unit()
    {
        new TextSpan(0, 3).OverlapsWith(new TextSpan(3, 2)).Should().BeFalse();
        new TextSpan(0, 4).OverlapsWith(new TextSpan(3, 2)).Should().BeTrue();
        new TextSpan(0, 10).Contains(new TextSpan(3, 2)).Should().BeTrue();
    }

    [Fact]
    public void Negative_values_are_rejected()
    {
        var act = () => new TextSpan(-1, 2);
        act.Should().Throw<ArgumentOutOfRangeException>();
        var backwards = () => TextSpan.FromBounds(5, 2);
        backwards.Should().Throw<ArgumentOutOfRangeException>();
    }
}
