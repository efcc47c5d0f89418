namespace HeelBot.LoadTool.Running;

/// <summary>One worker's counts and latencies, merged after the window: no locks on the hot path.</summary>
public sealed class WorkerTally
{
    private const int MaxSamples = 5;

    public List<double> Latencies { get; } = new(4096);

    public long Turns { get; set; }

    public long Completed { get; set; }

    public long Failed { get; set; }

    public long Stopped { get; set; }

    public Dictionary<string, long> Outcomes { get; } = new(StringComparer.Ordinal);

    public List<string> FailureSamples { get; } = [];

    public void Fail(string reason)
    {
        Failed++;
        if (FailureSamples.Count < MaxSamples)
        {
            FailureSamples.Add(reason);
        }
    }
}
