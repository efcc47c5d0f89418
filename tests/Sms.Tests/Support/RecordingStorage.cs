using HeelBot.Builder.State;

namespace HeelBot.Sms.Tests.Support;

/// <summary>
/// The host's storage in these tests: a real <see cref="MemoryStorage"/> that also remembers every key ever written,
/// so a test can look at everything the host stored (IStorage itself cannot list its keys).
/// </summary>
public sealed class RecordingStorage(MemoryStorage inner) : IStorage
{
    private readonly HashSet<string> _written = [];
    private readonly Lock _lock = new();

    /// <summary>Every key written so far, whether or not it still exists.</summary>
    public IReadOnlyList<string> WrittenKeys
    {
        get
        {
            lock (_lock)
            {
                return [.. _written];
            }
        }
    }

    /// <summary>What is stored now, key by key, as the JSON the stores write.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SnapshotAsync()
    {
        var items = await inner.ReadAsync([.. WrittenKeys]);
        return items.ToDictionary(item => item.Key, item => StateJson.Serialize(item.Value));
    }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(keys, cancellationToken);

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        lock (_lock)
        {
            _written.UnionWith(changes.Keys);
        }

        return inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
}
