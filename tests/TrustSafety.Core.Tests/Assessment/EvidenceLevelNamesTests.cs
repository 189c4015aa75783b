using TrustSafety.Assessment;

namespace TrustSafety.Core.Tests.Assessment;

public class EvidenceLevelNamesTests
{
    [Fact]
    public void Every_level_round_trips_through_its_name_and_reads_naturally()
    {
        EvidenceLevelNames.Levels.Select(EvidenceLevelNames.ToName).Should().Equal("notObserved", "limited", "clear", "contradicted");
        EvidenceLevelNames.Levels.Select(EvidenceLevelNames.ToText).Should().Equal("not observed", "limited", "clear", "contradicted");
        foreach (var level in EvidenceLevelNames.Levels)
        {
            EvidenceLevelNames.TryParse(EvidenceLevelNames.ToName(level), out var parsed).Should().BeTrue();
            parsed.Should().Be(level);
        }

        EvidenceLevelNames.TryParse("Clear", out _).Should().BeFalse("names are case-sensitive, as in the JSON report");
        EvidenceLevelNames.TryParse(null, out _).Should().BeFalse();
    }
}
