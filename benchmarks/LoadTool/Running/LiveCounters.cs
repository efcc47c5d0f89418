namespace HeelBot.LoadTool.Running;

/// <summary>Shared running totals for the progress line (interlocked; read while the window runs).</summary>
public sealed class LiveCounters
{
    private long _turns;
    private long _completed;
    private long _failed;

    public long Turns => Interlocked.Read(ref _turns);

    public long Completed => Interlocked.Read(ref _completed);

    public long Failed => Interlocked.Read(ref _failed);

    public void Turn() => Interlocked.Increment(ref _turns);

    public void Complete() => Interlocked.Increment(ref _completed);

    public void Fail() => Interlocked.Increment(ref _failed);
}
