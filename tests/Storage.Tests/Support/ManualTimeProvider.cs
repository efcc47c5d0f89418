namespace HeelBot.Storage.Tests.Support;

/// <summary>A clock that moves only when told to (Microsoft.Extensions.TimeProvider.Testing does not restore here).</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _lock = new();
    private DateTimeOffset _utcNow = start.ToUniversalTime();

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _utcNow;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_lock)
        {
            _utcNow += by;
        }
    }
}
