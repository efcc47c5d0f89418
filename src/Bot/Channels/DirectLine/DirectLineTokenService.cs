using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HeelBot.Builder.Schema;
using Microsoft.Extensions.Options;

namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>
/// Signs and checks Direct Line tokens: compact HS256 JWTs bound to one conversation and one user. The header is
/// fixed, so a token naming another algorithm is simply not ours (no algorithm confusion is possible).
/// </summary>
public sealed class DirectLineTokenService(DirectLineSigningKey signingKey, IOptions<DirectLineOptions> options, TimeProvider timeProvider)
{
    public const string Issuer = "heelbot-directline";

    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    public async Task<IssuedToken> IssueAsync(string conversationId, string userId, string? userName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var lifetime = options.Value.TokenLifetime;
        var now = timeProvider.GetUtcNow();
        var claims = new DirectLineTokenClaims(conversationId, userId, userName, now.ToUnixTimeSeconds(), now.Add(lifetime).ToUnixTimeSeconds());
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims, BotJson.Options));
        var signingInput = $"{Header}.{payload}";
        var key = await signingKey.GetAsync(cancellationToken).ConfigureAwait(false);
        var signature = Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(signingInput)));
        return new IssuedToken($"{signingInput}.{signature}", (int)lifetime.TotalSeconds, claims);
    }

    public async Task<DirectLineTokenCheck> CheckAsync(string token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Header || token.Length > 4096)
        {
            return DirectLineTokenCheck.Invalid;
        }

        var key = await signingKey.GetAsync(cancellationToken).ConfigureAwait(false);
        var expected = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"));
        if (!TryDecode(parts[2], out var signature) || !CryptographicOperations.FixedTimeEquals(expected, signature)
            || !TryDecode(parts[1], out var payload))
        {
            return DirectLineTokenCheck.Invalid;
        }

        DirectLineTokenClaims? claims;
        try
        {
            claims = JsonSerializer.Deserialize<DirectLineTokenClaims>(payload, BotJson.Options);
        }
        catch (JsonException)
        {
            return DirectLineTokenCheck.Invalid;
        }

        if (claims is null || claims.Issuer != Issuer || string.IsNullOrEmpty(claims.ConversationId) || string.IsNullOrEmpty(claims.UserId))
        {
            return DirectLineTokenCheck.Invalid;
        }

        return timeProvider.GetUtcNow().ToUnixTimeSeconds() >= claims.ExpiresAt
            ? new DirectLineTokenCheck(DirectLineTokenStatus.Expired, null)
            : new DirectLineTokenCheck(DirectLineTokenStatus.Valid, claims);
    }

    private static bool TryDecode(string text, out byte[] bytes)
    {
        try
        {
            bytes = Base64Url.DecodeFromChars(text);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}
