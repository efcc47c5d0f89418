using HeelBot.Bot.Hosting;
using HeelBot.Builder.State;

namespace HeelBot.Deployment.Tests.Support;

/// <summary>
/// Memory storage whose readiness probe misbehaves the way a broken database does: it hangs (ignoring cancellation,
/// like a driver on a dead socket) or throws. Every other read and write works, so the host starts normally.
/// </summary>
public sealed class ProbeOnlyStorage(Exception? failure) : IStorage
{
    private readonly MemoryStorage _inner = new();
    private readonly TaskCompletionSource<IDictionary<string, object>> _never = new();
    private int _probeReads;

    public int ProbeReads => Volatile.Read(ref _probeReads);

    /// <summary>The probe never answers.</summary>
    public static ProbeOnlyStorage Hanging() => new(failure: null);

    public static ProbeOnlyStorage Throwing(Exception failure) => new(failure);

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (!keys.Contains(StorageHealthCheck.ProbeKey))
        {
            return _inner.ReadAsync(keys, cancellationToken);
        }

        Interlocked.Increment(ref _probeReads);
        return failure is null ? _never.Task : Task.FromException<IDictionary<string, object>>(failure);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => _inner.WriteAsync(changes, cancellationToken);

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keys, cancellationToken);
}
