namespace HeelBot.Builder.Testing;

/// <summary>
/// A clock that only moves when the test moves it. Microsoft.Extensions.TimeProvider.Testing does not
/// restore from the package source this repository builds from, so this is the small in-house stand-in.
/// </summary>
public sealed class FakeTimeProvider : TimeProvider
{
    /// <summary>The default start, far from any daylight-saving switch so local-time arithmetic is plain.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2025, 3, 3, 8, 0, 0, TimeSpan.Zero);

    private readonly Lock _lock = new();
    private DateTimeOffset _utcNow;
    private TimeZoneInfo _localTimeZone;

    public FakeTimeProvider()
        : this(DefaultStart)
    {
    }

    public FakeTimeProvider(DateTimeOffset start, TimeZoneInfo? localTimeZone = null)
    {
        _utcNow = start.ToUniversalTime();
        _localTimeZone = localTimeZone ?? TimeZoneInfo.Utc;
    }

    /// <summary>The current time; setting it may move the clock either way (to test clock skew, too).</summary>
    public DateTimeOffset UtcNow
    {
        get
        {
            lock (_lock)
            {
                return _utcNow;
            }
        }

        set
        {
            lock (_lock)
            {
                _utcNow = value.ToUniversalTime();
            }
        }
    }

    public override TimeZoneInfo LocalTimeZone
    {
        get
        {
            lock (_lock)
            {
                return _localTimeZone;
            }
        }
    }

    /// <summary>Stopwatch-style timestamps follow the fake clock, so measured durations match <see cref="Advance"/>.</summary>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow() => UtcNow;

    public override long GetTimestamp() => UtcNow.UtcTicks;

    /// <summary>Moves the clock forward.</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        lock (_lock)
        {
            _utcNow = _utcNow.Add(delta);
        }
    }

    public void SetLocalTimeZone(TimeZoneInfo localTimeZone)
    {
        ArgumentNullException.ThrowIfNull(localTimeZone);
        lock (_lock)
        {
            _localTimeZone = localTimeZone;
        }
    }

    /// <summary>
    /// A timer that never fires: a real one would fire on the wall clock, which a fake clock must not do. Hosted jobs
    /// that wait on a timer (retention, booking retries) therefore sleep through a test on this clock; tests call the
    /// job's work themselves after moving the clock. Throwing here instead would leave a half-built PeriodicTimer whose
    /// finalizer crashes the test process.
    /// </summary>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new DormantTimer();

    private sealed class DormantTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
