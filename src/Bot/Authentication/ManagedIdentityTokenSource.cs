using Azure.Core;
using Azure.Identity;

namespace HeelBot.Bot.Authentication;

/// <summary>
/// Tokens for a UserAssignedMSI bot from the hosting platform's managed identity endpoint. The credential is
/// Azure.Identity's <see cref="ManagedIdentityCredential"/> in production and a stand-in in tests.
/// </summary>
public sealed class ManagedIdentityTokenSource(TokenCredential credential) : IChannelTokenSource
{
    /// <summary>The credential of the user-assigned identity whose client id is the bot's MicrosoftAppId.</summary>
    public static TokenCredential CredentialFor(BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.MicrosoftAppId.Trim()));
    }

    public async Task<ChannelToken> AcquireAsync(CancellationToken cancellationToken)
    {
        try
        {
            var token = await credential.GetTokenAsync(new TokenRequestContext([AuthenticationConstants.ChannelScope]), cancellationToken).ConfigureAwait(false);
            return new ChannelToken(token.Token, token.ExpiresOn);
        }
        catch (AuthenticationFailedException ex)
        {
            // Reported like any other failed call to the channel (502), not as a crash of the turn.
            throw new HttpRequestException("The managed identity could not get a token for the Bot Connector service.", ex);
        }
    }
}
