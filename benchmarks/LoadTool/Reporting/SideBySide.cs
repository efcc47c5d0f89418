namespace HeelBot.LoadTool.Reporting;

/// <summary>HeelBot against the reference in adjacent windows of one run: ratios, so the machine's mood cancels out.</summary>
public sealed record SideBySide(
    StorageKind Storage,
    int Concurrency,
    int Round,
    double CpuPerTurnRatio,
    double ThroughputRatio,
    double HeelBotP99Ms,
    double ReferenceP99Ms)
{
    public static IReadOnlyList<SideBySide> From(IReadOnlyList<WindowResult> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var pairs = new List<SideBySide>();
        foreach (var heelBot in windows.Where(w => w.Target == TargetKind.HeelBot && w.Transport == TransportKind.Messages))
        {
            var reference = windows.FirstOrDefault(w => w.Target == TargetKind.Reference && w.Storage == heelBot.Storage
                && w.Concurrency == heelBot.Concurrency && w.Round == heelBot.Round);
            if (reference is null || reference.Turns == 0 || reference.ServerCpuMsPerTurn <= 0 || heelBot.Turns == 0)
            {
                continue;
            }

            pairs.Add(new SideBySide(
                heelBot.Storage,
                heelBot.Concurrency,
                heelBot.Round,
                heelBot.ServerCpuMsPerTurn / reference.ServerCpuMsPerTurn,
                heelBot.TurnsPerSecond / reference.TurnsPerSecond,
                heelBot.LatencyMs.P99,
                reference.LatencyMs.P99));
        }

        return pairs;
    }
}
