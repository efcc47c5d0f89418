namespace HeelBot.Builder.State;

/// <summary>
/// An item handed to <see cref="IStorage.WriteAsync"/> already in its stored form, made by
/// <see cref="StateJson.Serialize"/> of the real item: storages write <see cref="Json"/> as it is (through
/// <see cref="StateJson.Serialize"/>), so a caller that had to serialise the item anyway (to see whether it changed)
/// does not pay for it twice. It reads back as the original item.
/// </summary>
public sealed class SerializedStoreItem(string json, string? eTag) : IStoreItem
{
    public string Json { get; } = json ?? throw new ArgumentNullException(nameof(json));

    public string? ETag { get; set; } = eTag;
}
