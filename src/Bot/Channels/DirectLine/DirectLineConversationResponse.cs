using System.Text.Json.Serialization;

namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>Direct Line's Conversation object: answers token, start and reconnect requests.</summary>
public sealed record DirectLineConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);
