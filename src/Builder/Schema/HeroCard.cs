namespace HeelBot.Builder.Schema;

public sealed class HeroCard : ExtensibleObject
{
    public const string ContentType = "application/vnd.microsoft.card.hero";

    public string? Title { get; set; }

    public string? Subtitle { get; set; }

    public string? Text { get; set; }

    public IList<CardImage>? Images { get; set; }

    public IList<CardAction>? Buttons { get; set; }

    public Attachment ToAttachment() => new()
    {
        ContentType = ContentType,
        Content = System.Text.Json.JsonSerializer.SerializeToElement(this, BotJson.Options),
    };
}
