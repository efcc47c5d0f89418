using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace HeelBot.Authentication.Tests.Support;

/// <summary>An RSA key of our own, published by <see cref="FakeIssuer"/> as a JWK with optional channel endorsements.</summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    private TestSigningKey(string keyId, IReadOnlyList<string>? endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
    }

    public string KeyId { get; }

    /// <summary>The channels the key is endorsed for; null publishes the key without an endorsements member.</summary>
    public IReadOnlyList<string>? Endorsements { get; }

    /// <summary>A key published with the channel ids it may sign for, as the Bot Framework's keys are.</summary>
    public static TestSigningKey Endorsed(string keyId, params string[] channelIds) => new(keyId, channelIds);

    /// <summary>A key published with no endorsements member, as Entra ID's keys are.</summary>
    public static TestSigningKey Unendorsed(string keyId) => new(keyId, null);

    /// <summary>Signing credentials that name this key (or <paramref name="claimedKeyId"/>, to lie about it).</summary>
    public SigningCredentials Credentials(string algorithm = SecurityAlgorithms.RsaSha256, string? claimedKeyId = null) =>
        new(new RsaSecurityKey(_rsa) { KeyId = claimedKeyId ?? KeyId }, algorithm);

    /// <summary>The public key as the Bot Framework publishes it (kty, use, kid, n, e, endorsements).</summary>
    public Dictionary<string, object> ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = Endorsements;
        }

        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}
