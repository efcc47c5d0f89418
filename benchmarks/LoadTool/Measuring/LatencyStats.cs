namespace HeelBot.LoadTool.Measuring;

/// <summary>Percentiles of turn latencies in milliseconds (nearest rank on the sorted samples).</summary>
public sealed record LatencyStats(double P50, double P95, double P99, double Max, double Mean)
{
    public static readonly LatencyStats Empty = new(0, 0, 0, 0, 0);

    public static LatencyStats From(List<double> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            return Empty;
        }

        samples.Sort();
        return new LatencyStats(Rank(samples, 0.50), Rank(samples, 0.95), Rank(samples, 0.99), samples[^1], samples.Average());
    }

    private static double Rank(List<double> sorted, double quantile)
    {
        var index = (int)Math.Ceiling(quantile * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }
}
