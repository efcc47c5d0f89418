namespace HeelBot.Builder.State;

/// <summary>
/// In-process storage. Items are stored serialised, so readers never share an instance with writers,
/// and ETags are checked exactly as the database backends check them.
/// </summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, (string Json, string ETag)> _items = [];
    private readonly Lock _lock = new();
    private long _eTagCounter;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new List<(string Key, string Json, string ETag)>(keys.Length);
        lock (_lock)
        {
            foreach (var key in keys.Distinct())
            {
                if (_items.TryGetValue(key, out var stored))
                {
                    found.Add((key, stored.Json, stored.ETag));
                }
            }
        }

        // Outside the lock: the stored text never changes, and deserialising is the slow part.
        var result = new Dictionary<string, object>(found.Count);
        foreach (var (key, json, eTag) in found)
        {
            if (StateJson.Deserialize(json) is { } value)
            {
                if (value is IStoreItem item)
                {
                    item.ETag = eTag;
                }

                result[key] = value;
            }
        }

        return Task.FromResult<IDictionary<string, object>>(result);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);

        // Serialised before the lock is taken, so writers queue only for the dictionary.
        var documents = changes.ToDictionary(change => change.Key, change => StateJson.Serialize(change.Value), StringComparer.Ordinal);
        lock (_lock)
        {
            // Check every ETag first so a conflict writes nothing.
            foreach (var (key, value) in changes)
            {
                var current = _items.TryGetValue(key, out var stored) ? stored.ETag : ETags.Absent;
                if (value is IStoreItem { ETag: { } expected } && expected != ETags.Any && expected != current)
                {
                    throw StorageConflictException.ForKey(key);
                }
            }

            foreach (var (key, value) in changes)
            {
                var eTag = (++_eTagCounter).ToString(System.Globalization.CultureInfo.InvariantCulture);
                _items[key] = (documents[key], eTag);
                if (value is IStoreItem item)
                {
                    item.ETag = eTag;
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }
}
