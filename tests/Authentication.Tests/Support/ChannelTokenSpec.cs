using Microsoft.IdentityModel.Tokens;

namespace HeelBot.Authentication.Tests.Support;

/// <summary>What goes into a test token. The defaults make a valid Bot Framework channel token at <see cref="Now"/>.</summary>
public sealed record ChannelTokenSpec
{
    public required DateTimeOffset Now { get; init; }

    public required string Audience { get; init; }

    public required SigningCredentials Credentials { get; init; }

    public string Issuer { get; init; } = "https://api.botframework.com";

    /// <summary>The serviceurl claim; null leaves it out.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>nbf relative to <see cref="Now"/>; null leaves it out.</summary>
    public TimeSpan? NotBefore { get; init; } = TimeSpan.FromMinutes(-5);

    /// <summary>exp relative to <see cref="Now"/>.</summary>
    public TimeSpan Expires { get; init; } = TimeSpan.FromMinutes(55);

    public IReadOnlyDictionary<string, object> ExtraClaims { get; init; } = new Dictionary<string, object>();
}
