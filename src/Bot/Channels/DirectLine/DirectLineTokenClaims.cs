using System.Text.Json.Serialization;

namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>
/// What a Direct Line token says: the one conversation it opens, the person it speaks for, and when it expires.
/// Serialised as the payload of an HS256 JWT; Web Chat reads <c>user</c> from it to know who "I" am.
/// </summary>
public sealed record DirectLineTokenClaims(
    [property: JsonPropertyName("conv")] string ConversationId,
    [property: JsonPropertyName("user")] string UserId,
    [property: JsonPropertyName("name")] string? UserName,
    [property: JsonPropertyName("iat")] long IssuedAt,
    [property: JsonPropertyName("exp")] long ExpiresAt)
{
    [JsonPropertyName("iss")]
    public string Issuer { get; init; } = DirectLineTokenService.Issuer;
}
