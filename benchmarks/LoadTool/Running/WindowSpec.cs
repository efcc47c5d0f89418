namespace HeelBot.LoadTool.Running;

/// <summary>How long a window lasts: a fixed time, or a fixed number of conversations (bounded by <see cref="Limit"/>).</summary>
public sealed record WindowSpec(TimeSpan Duration, int? Conversations, TimeSpan Warmup, TimeSpan RequestTimeout)
{
    /// <summary>A count-bound window that takes longer than this is cancelled (its unfinished conversations are not errors).</summary>
    public TimeSpan Limit => Conversations is null ? Duration + RequestTimeout + TimeSpan.FromSeconds(5) : TimeSpan.FromMinutes(10);
}
