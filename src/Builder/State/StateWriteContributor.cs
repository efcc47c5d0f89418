namespace HeelBot.Builder.State;

/// <summary>
/// Runs just before a changed <see cref="BotState"/> is written (<see cref="BotState.OnWriting"/>): it may change the
/// state's <paramref name="properties"/> and add items under other keys to <paramref name="writes"/>, the one atomic
/// write the state under <paramref name="storageKey"/> is part of.
/// </summary>
public delegate void StateWriteContributor(IDictionary<string, object> properties, string storageKey, IDictionary<string, object> writes);
