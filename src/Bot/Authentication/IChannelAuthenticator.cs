using System.Security.Claims;
using HeelBot.Builder.Schema;

namespace HeelBot.Bot.Authentication;

/// <summary>
/// Decides whether a request to /api/messages really comes from a channel. The seam for Bot Framework
/// JWT validation; returns null when the request must be refused (401).
/// </summary>
public interface IChannelAuthenticator
{
    Task<ClaimsIdentity?> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}
