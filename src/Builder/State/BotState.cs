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
        if (cached is null)
        {
            return;
        }

        // The text that tells whether anything changed is the text that is written: the state is serialised once
        // per save, or twice when a contributor adds to it.
        var json = cached.Serialize();
        if (!force && !cached.IsChanged(json))
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var writes = new Dictionary<string, object>(StringComparer.Ordinal);
        if (turnContext.TurnState.Get<StateWriteContributor>(WritingKey) is { } contribute)
        {
            contribute(cached.Document.State, key, writes);
            json = cached.Serialize();
        }

        var item = new SerializedStoreItem(json, force ? ETags.Any : cached.Document.ETag);
        writes[key] = item;
        await _storage.WriteAsync(writes, cancellationToken).ConfigureAwait(false);
        cached.Saved(json, item.ETag);
    }

    /// <summary>
    /// Adds to this turn's writes of the state: <paramref name="contribute"/> runs on the properties just before a
    /// changed state is written, and may add items under other keys to the same write, so what it adds goes into the
    /// same atomic write, and a turn that changed nothing writes nothing for it either. The turn adapter keeps its
    /// ledger of processed activities this way.
    /// </summary>
    public void OnWriting(ITurnContext turnContext, StateWriteContributor contribute)
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

    /// <summary>Removes the state, and the items kept beside it (<see cref="CompanionKeys"/>), from storage and from the turn.</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Remove(_contextServiceKey);
        var key = GetStorageKey(turnContext);
        await _storage.DeleteAsync([key, .. CompanionKeys(key)], cancellationToken).ConfigureAwait(false);
    }

    public abstract string GetStorageKey(ITurnContext turnContext);

    /// <summary>The storage this state is kept in, for items written beside it.</summary>
    internal IStorage Storage => _storage;

    /// <summary>Keys of items that live beside the state under <paramref name="storageKey"/> and go with it.</summary>
    protected virtual IEnumerable<string> CompanionKeys(string storageKey) => [];

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

    /// <summary>The turn's copy of the state and the text it was last read or written as, to detect changes.</summary>
    private sealed class CachedBotState
    {
        private static readonly string EmptyJson = StateJson.Serialize(new StateDocument());

        private string _savedJson;
        private bool _changed;

        public CachedBotState(StateDocument document, bool changed = false)
        {
            Document = document;
            _changed = changed;

            // A state read from storage brings the text it was read from, so only one handed over some other way
            // (a storage that keeps objects) is serialised here.
            _savedJson = document.ReadFrom ?? (document.State.Count == 0 ? EmptyJson : Serialize());
        }

        public StateDocument Document { get; }

        public string Serialize() => StateJson.Serialize(new StateDocument { State = Document.State });

        public bool IsChanged(string json) => _changed || !string.Equals(json, _savedJson, StringComparison.Ordinal);

        public void Saved(string json, string? eTag)
        {
            Document.ETag = eTag;
            _savedJson = json;
            _changed = false;
        }
    }
}
