using System.Text.Json.Serialization;

namespace HeelBot.Builder.State;

/// <summary>What a <see cref="BotState"/> stores under its key: its named properties plus the ETag.</summary>
public sealed class StateDocument : IStoreItem
{
    public Dictionary<string, object> State { get; set; } = [];

    /// <summary>Kept beside the stored text by every storage, so it is not part of the text.</summary>
    [JsonIgnore]
    public string? ETag { get; set; }

    /// <summary>
    /// The text this document was read from (<see cref="StateJson.Deserialize"/> sets it), or null for a new one. A
    /// <see cref="BotState"/> compares it with the document serialised again to tell whether the turn changed
    /// anything, without serialising the state it has just read.
    /// </summary>
    [JsonIgnore]
    internal string? ReadFrom { get; set; }
}
