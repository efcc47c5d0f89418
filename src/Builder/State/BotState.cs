using HeelBot.Builder.Core;

namespace HeelBot.Builder.State;

/// <summary>
/// State scoped by a storage key (conversation, user). Loaded once per turn with its ETag, cached in
/// the turn, and saved only when it changed and only if nobody else wrote it since it was read.
/// </summary>
public abstract class BotState(IStorage storage, string contextServiceKey)
{
    private readonly IStorage _storage = storage ?? throw new ArgumentNullException(nameof(storage));
    private readonly string _contextServiceKey = contextServiceKey;

    private string WritingKey => _contextServiceKey + ".OnWriting";

    public IStatePropertyAccessor<T> CreateProperty<T>(string name) => new BotStatePropertyAccessor<T>(this, name);

    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && turnContext.TurnState.Get<CachedBotState>(_contextServiceKey) is not null)
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var items = await _storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        var document = items.TryGetValue(key, out var stored) && stored is StateDocument found
            ? found
            : new StateDocument { ETag = ETags.Absent };
        turnContext.TurnState.Set(_contextServiceKey, new CachedBotState(document));
    }

    /// <summary>Writes the state if it changed. <paramref name="force"/> overwrites regardless of the ETag.</summary>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = turnContext.TurnState.Get<CachedBotState>(_contextServiceKey);
        if (cached is null || (!force && !cached.IsChanged()))
        {
            return;
        }

        turnContext.TurnState.Get<Action<IDictionary<string, object>>>(WritingKey)?.Invoke(cached.Document.State);
        var document = new StateDocument { State = cached.Document.State, ETag = force ? ETags.Any : cached.Document.ETag };
        await _storage.WriteAsync(new Dictionary<string, object> { [GetStorageKey(turnContext)] = document }, cancellationToken).ConfigureAwait(false);
        cached.Saved(document.ETag);
    }

    /// <summary>
    /// Adds to this turn's writes of the state: <paramref name="contribute"/> runs on the properties just before a
    /// changed state is written, so what it adds goes into the same atomic write, and a turn that changed nothing
    /// writes nothing for it either. The turn adapter keeps its ledger of processed activities this way.
    /// </summary>
    public void OnWriting(ITurnContext turnContext, Action<IDictionary<string, object>> contribute)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Set(WritingKey, contribute);
    }

    /// <summary>Empties the cached state; the next save writes the empty state.</summary>
    public Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = turnContext.TurnState.Get<CachedBotState>(_contextServiceKey);
        var eTag = cached?.Document.ETag ?? ETags.Any;
        turnContext.TurnState.Set(_contextServiceKey, new CachedBotState(new StateDocument { ETag = eTag }, changed: true));
        return Task.CompletedTask;
    }

    /// <summary>Removes the state from storage and from the turn.</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Remove(_contextServiceKey);
        await _storage.DeleteAsync([GetStorageKey(turnContext)], cancellationToken).ConfigureAwait(false);
    }

    public abstract string GetStorageKey(ITurnContext turnContext);

    internal async Task<T?> GetPropertyValueAsync<T>(ITurnContext turnContext, string name, CancellationToken cancellationToken)
    {
        var cached = await LoadedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (!cached.Document.State.TryGetValue(name, out var value))
        {
            return default;
        }

        if (value is T typed)
        {
            return typed;
        }

        // A value read back as plain JSON (a number, a dictionary) is converted once and kept typed,
        // so changes the caller makes to it are the ones that get saved.
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value, typeof(object), StateJson.Options);
        var converted = System.Text.Json.JsonSerializer.Deserialize<T>(json, StateJson.Options);
        cached.Document.State[name] = converted!;
        return converted;
    }

    internal async Task<bool> HasPropertyAsync(ITurnContext turnContext, string name, CancellationToken cancellationToken) =>
        (await LoadedAsync(turnContext, cancellationToken).ConfigureAwait(false)).Document.State.ContainsKey(name);

    internal async Task SetPropertyValueAsync(ITurnContext turnContext, string name, object? value, CancellationToken cancellationToken)
    {
        var cached = await LoadedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (value is null)
        {
            cached.Document.State.Remove(name);
        }
        else
        {
            cached.Document.State[name] = value;
        }
    }

    private async Task<CachedBotState> LoadedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
        return turnContext.TurnState.Get<CachedBotState>(_contextServiceKey)!;
    }

    /// <summary>The turn's copy of the state and the serialised form it was read as, to detect changes.</summary>
    private sealed class CachedBotState
    {
        private string _savedJson;
        private bool _changed;

        public CachedBotState(StateDocument document, bool changed = false)
        {
            Document = document;
            _savedJson = StateJson.Serialize(document.State);
            _changed = changed;
        }

        public StateDocument Document { get; }

        public bool IsChanged() => _changed || StateJson.Serialize(Document.State) != _savedJson;

        public void Saved(string? eTag)
        {
            Document.ETag = eTag;
            _savedJson = StateJson.Serialize(Document.State);
            _changed = false;
        }
    }
}
