using HeelBot.Builder.State;

namespace HeelBot.Dialogs.Privacy;

/// <summary>
/// The state of a conversation whose person agreed to keep it, copied under
/// <c>{channelId}/consented/{conversationId}</c> after every turn once consent is given. The live conversation state
/// (<c>{channelId}/conversations/{conversationId}</c>) is then expired like any other soon after the conversation
/// goes quiet, while this copy follows the longer retention for consented conversations: the storage key alone tells a
/// retention job which is which, with no state to read. A person who comes back to a consented conversation after the
/// live state expired continues from the copy.
/// </summary>
public sealed class ConsentedConversationCopy(IStorage storage)
{
    public static string Prefix(string channelId) => $"{channelId}/consented/";

    public static string Key(string channelId, string conversationId) => $"{Prefix(channelId)}{conversationId}";

    /// <summary>
    /// The copied state properties, or null when the conversation has no consented copy. A copy the store cannot read
    /// is deleted (and null returned), or every later turn of the conversation would fail on it.
    /// </summary>
    public async Task<IDictionary<string, object>?> ReadAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        var key = Key(channelId, conversationId);
        try
        {
            var items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
            return items.TryGetValue(key, out var item) && item is StateDocument document ? document.State : null;
        }
        catch (InvalidDataException)
        {
            await storage.DeleteAsync([key], cancellationToken).ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>
    /// Overwrites the copy. Unconditional: the live state's own ETag check has already settled which turn of the
    /// conversation won, and this runs after it.
    /// </summary>
    public Task WriteAsync(string channelId, string conversationId, IDictionary<string, object> properties, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var document = new StateDocument { State = new Dictionary<string, object>(properties), ETag = ETags.Any };
        return storage.WriteAsync(new Dictionary<string, object> { [Key(channelId, conversationId)] = document }, cancellationToken);
    }

    public Task DeleteAsync(string channelId, string conversationId, CancellationToken cancellationToken = default) =>
        storage.DeleteAsync([Key(channelId, conversationId)], cancellationToken);
}
