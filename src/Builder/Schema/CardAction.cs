using System.Text.Json;

namespace HeelBot.Builder.Schema;

public sealed class CardAction : ExtensibleObject
{
    public CardAction()
    {
    }

    public CardAction(string type, string title, JsonElement? value = null)
    {
        Type = type;
        Title = title;
        Value = value;
    }

    public string? Type { get; set; }

    public string? Title { get; set; }

    public string? Image { get; set; }

    public string? Text { get; set; }

    public string? DisplayText { get; set; }

    public JsonElement? Value { get; set; }

    /// <summary>A copy that can be changed without changing this one.</summary>
    public CardAction Clone() => ShallowCopy<CardAction>();
}
