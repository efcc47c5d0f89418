using System.Text.Json;

namespace HeelBot.Builder.Schema;

/// <summary>Adaptive Cards travel as their own JSON; we do not model the card schema.</summary>
public static class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static Attachment ToAttachment(JsonElement card) => new() { ContentType = ContentType, Content = card };
}
