namespace HeelBot.Builder.Schema;

public sealed class SuggestedActions : ExtensibleObject
{
    public IList<string>? To { get; set; }

    public IList<CardAction> Actions { get; set; } = [];
}
