using HeelBot.Builder.State;

namespace HeelBot.Fuzz.Tests.Support;

/// <summary>What storage holds under some keys: each key's ETag (changed by every write) and serialised state.</summary>
public static class StateSnapshot
{
    public static async Task<IReadOnlyDictionary<string, string>> TakeAsync(IStorage storage, params string[] keys)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var items = await storage.ReadAsync(keys);
        return keys.ToDictionary(key => key, key => items.TryGetValue(key, out var item) ? Describe(item) : "(absent)");
    }

    private static string Describe(object item) => item switch
    {
        StateDocument document => $"{document.ETag} {StateJson.Serialize(document.State)}",
        IStoreItem stored => $"{stored.ETag} {StateJson.Serialize(stored)}",
        _ => StateJson.Serialize(item),
    };
}
