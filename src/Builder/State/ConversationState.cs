using HeelBot.Builder.Core;

namespace HeelBot.Builder.State;

/// <summary>State for one conversation on one channel.</summary>
public sealed class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    public override string GetStorageKey(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? throw new InvalidOperationException("The activity has no channelId.");
        var conversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation.id.");
        return $"{channelId}/conversations/{conversationId}";
    }

    /// <summary>The turn ledger's recorded replies (<see cref="TurnLedger.SlotKey"/>) go with the conversation.</summary>
    protected override IEnumerable<string> CompanionKeys(string storageKey) =>
        Enumerable.Range(0, TurnLedger.MaxReplayable).Select(slot => TurnLedger.SlotKey(storageKey, slot));
}
