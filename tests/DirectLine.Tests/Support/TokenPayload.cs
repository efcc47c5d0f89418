using System.Buffers.Text;
using System.Text.Json;

namespace HeelBot.DirectLine.Tests.Support;

/// <summary>Reads a token's claims the way Web Chat does (jwt-decode: the middle part, base64url JSON, unverified).</summary>
public static class TokenPayload
{
    public static JsonElement Read(string token)
    {
        var parts = token.Split('.');
        parts.Should().HaveCount(3, "a Direct Line token is a compact JWT");
        return JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1])).RootElement.Clone();
    }

    /// <summary>The same token with its payload replaced (and the old signature kept): a forgery.</summary>
    public static string WithPayload(string token, object payload)
    {
        var parts = token.Split('.');
        return $"{parts[0]}.{Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload))}.{parts[2]}";
    }
}
