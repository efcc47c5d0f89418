using System.Security.Claims;
using HeelBot.Builder.Schema;

namespace HeelBot.Bot.Authentication;

/// <summary>
/// Local development with no MicrosoftAppId, as the Bot Framework does it: a request without an
/// Authorization header is accepted anonymously; one that carries a token is refused, because no
/// token can name an empty app id as its audience.
/// </summary>
public sealed class AnonymousChannelAuthenticator : IChannelAuthenticator
{
    public const string AuthenticationType = "anonymous";

    public Task<ClaimsIdentity?> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(string.IsNullOrEmpty(authorizationHeader) ? new ClaimsIdentity(AuthenticationType) : null);
}
