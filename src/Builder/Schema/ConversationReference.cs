namespace HeelBot.Builder.Schema;

public sealed class ConversationReference : ExtensibleObject
{
    public string? ActivityId { get; set; }

    public ChannelAccount? User { get; set; }

    public ChannelAccount? Bot { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? ChannelId { get; set; }

    public string? ServiceUrl { get; set; }

    public string? Locale { get; set; }

    /// <summary>A copy that can be changed without changing this one.</summary>
    public ConversationReference Clone()
    {
        var copy = ShallowCopy<ConversationReference>();
        copy.User = User?.Clone();
        copy.Bot = Bot?.Clone();
        copy.Conversation = Conversation?.Clone();
        return copy;
    }
}
