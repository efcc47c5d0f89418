using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace HeelBot.Bot.Authentication;

/// <summary>
/// One fetch of an issuer's OpenID metadata: its configuration with the signing keys, and the channel ids each key
/// is endorsed for (by key id). Kept together so a key and its endorsements always come from the same key set.
/// </summary>
public sealed record ChannelSigningMetadata(
    OpenIdConnectConfiguration Configuration,
    IReadOnlyDictionary<string, IReadOnlySet<string>> EndorsementsByKeyId)
{
    public bool HasKey(string keyId) => Configuration.SigningKeys.Any(key => string.Equals(key.KeyId, keyId, StringComparison.Ordinal));
}
