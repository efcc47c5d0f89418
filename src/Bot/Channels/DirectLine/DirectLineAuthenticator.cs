using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>Reads the Bearer credential of a Direct Line request: a configured secret, a token of this host, or nothing.</summary>
public sealed class DirectLineAuthenticator(IOptions<DirectLineOptions> options, DirectLineTokenService tokens)
{
    private const string Scheme = "Bearer ";

    public Task<DirectLineCaller> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return Task.FromResult(DirectLineCaller.Anonymous);
        }

        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            ? AuthenticateCredentialAsync(header[Scheme.Length..].Trim(), allowSecret: true, cancellationToken)
            : Task.FromResult(DirectLineCaller.Rejected("Only Bearer credentials are accepted."));
    }

    /// <summary>
    /// The <c>t</c> of a streamUrl: only tokens, because URLs end up in logs and a secret must not.
    /// </summary>
    public Task<DirectLineCaller> AuthenticateStreamAsync(string? token, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(token)
            ? Task.FromResult(DirectLineCaller.Anonymous)
            : AuthenticateCredentialAsync(token, allowSecret: false, cancellationToken);

    private async Task<DirectLineCaller> AuthenticateCredentialAsync(string credential, bool allowSecret, CancellationToken cancellationToken)
    {
        if (credential.Length == 0)
        {
            return DirectLineCaller.Rejected("The Bearer credential is empty.");
        }

        if (allowSecret && IsSecret(credential))
        {
            return DirectLineCaller.Secret;
        }

        var check = await tokens.CheckAsync(credential, cancellationToken).ConfigureAwait(false);
        return check.Status switch
        {
            DirectLineTokenStatus.Valid => new DirectLineCaller(DirectLineCallerKind.Token, check.Claims),
            DirectLineTokenStatus.Expired => DirectLineCaller.Rejected("The token has expired."),
            _ => DirectLineCaller.Rejected("The credential is neither a secret nor a token of this host."),
        };
    }

    /// <summary>Compares hashes in constant time, so neither the content nor the length of a secret leaks through timing.</summary>
    private bool IsSecret(string credential)
    {
        var candidate = SHA256.HashData(Encoding.UTF8.GetBytes(credential));
        var match = false;
        foreach (var secret in options.Value.ConfiguredSecrets)
        {
            match |= CryptographicOperations.FixedTimeEquals(candidate, SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
        }

        return match;
    }
}
