namespace HeelBot.Builder.State;

/// <summary>
/// Key/value storage for bot state. Values are serialised with <see cref="StateJson"/>; an
/// <see cref="IStoreItem"/> gets its ETag on read and is checked against it on write.
/// </summary>
public interface IStorage
{
    /// <summary>Reads the keys that exist; missing keys are simply absent from the result.</summary>
    Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default);

    /// <summary>Writes all changes atomically; throws <see cref="StorageConflictException"/> on a stale ETag.</summary>
    Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default);

    Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default);
}
