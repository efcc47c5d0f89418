namespace HeelBot.Builder.State;

/// <summary>What a <see cref="BotState"/> stores under its key: its named properties plus the ETag.</summary>
public sealed class StateDocument : IStoreItem
{
    public Dictionary<string, object> State { get; set; } = [];

    public string? ETag { get; set; }
}
