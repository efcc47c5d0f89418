namespace HeelBot.Builder.Schema;

public sealed class CardImage : ExtensibleObject
{
    public string? Url { get; set; }

    public string? Alt { get; set; }
}
