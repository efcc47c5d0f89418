using HeelBot.Builder.Core;
using HeelBot.Builder.State;

namespace HeelBot.Resilience.Tests.Support;

/// <summary>Reads what the hosts stored for a conversation: the ids its ledger says were processed, oldest first.</summary>
public static class ConversationLedger
{
    public static async Task<IReadOnlyList<string>> ProcessedIdsAsync(PostgresSchema schema, ChannelConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(conversation);
        var state = await schema.ReadStateAsync(conversation.ChannelId, conversation.ConversationId);
        state.Should().NotBeNull("the conversation's state is stored");
        return state!.State.TryGetValue(TurnLedger.PropertyName, out var value) && value is TurnLedger ledger
            ? [.. ledger.Processed.Select(p => p.ActivityId)]
            : [];
    }

    public static async Task<string?> ETagAsync(PostgresSchema schema, ChannelConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(conversation);
        StateDocument? state = await schema.ReadStateAsync(conversation.ChannelId, conversation.ConversationId);
        return state?.ETag;
    }
}
