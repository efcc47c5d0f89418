namespace HeelBot.Authentication.Tests.Support;

/// <summary>A clock that stands still until a test moves it, so token lifetimes and cache expiry are exact.</summary>
public sealed class PinnedTimeProvider(DateTimeOffset now) : TimeProvider
{
    /// <summary>A fixed instant: no test depends on when it runs.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private long _utcTicks = now.UtcTicks;

    public PinnedTimeProvider()
        : this(DefaultNow)
    {
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);
}
