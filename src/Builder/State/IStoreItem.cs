namespace HeelBot.Builder.State;

/// <summary>An item that carries the ETag it was read with, for optimistic concurrency.</summary>
public interface IStoreItem
{
    /// <summary>
    /// Null or "*": write unconditionally. Any other value: write only if it equals the stored ETag
    /// (an absent item's ETag is <see cref="ETags.Absent"/>).
    /// </summary>
    string? ETag { get; set; }
}
