using HeelBot.LoadTool.Measuring;

namespace HeelBot.LoadTool.Tests;

public class LatencyStatsTests
{
    [Fact]
    public void From_HundredSamples_NearestRankPercentiles()
    {
        var samples = Enumerable.Range(1, 100).Select(i => (double)i).Reverse().ToList();

        var stats = LatencyStats.From(samples);

        stats.P50.Should().Be(50);
        stats.P95.Should().Be(95);
        stats.P99.Should().Be(99);
        stats.Max.Should().Be(100);
        stats.Mean.Should().Be(50.5);
    }

    [Fact]
    public void From_NoSamples_IsEmpty()
    {
        LatencyStats.From([]).Should().Be(LatencyStats.Empty);
    }
}
