namespace HeelBot.Builder.State;

/// <summary>
/// A store that knows when each item was last written and can delete by age, so a retention job can expire old
/// state without reading it. The database stores can; <see cref="MemoryStorage"/> cannot (and forgets on restart).
/// </summary>
public interface IExpiringStorage : IStorage
{
    /// <summary>
    /// Deletes the items under <paramref name="keyPrefix"/> (ordinal, case-sensitive; "" = every key)
    /// last written before <paramref name="cutoff"/>. Returns how many were deleted.
    /// </summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, string keyPrefix, CancellationToken cancellationToken = default);
}
