using System.Text.Json.Serialization;

namespace HeelBot.DirectLine.Tests.Support;

/// <summary>Direct Line's Conversation object as a client reads it.</summary>
public sealed record ConversationInfo(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl);
