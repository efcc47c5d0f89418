using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace HeelBot.Bot.Authentication;

/// <summary>
/// Reads the OpenID configuration and then its <c>jwks_uri</c> ourselves, so the non-standard <c>endorsements</c>
/// member of each key is taken from the document as published rather than from whatever a JWK parser keeps of it
/// (the Bot Framework SDK's EndorsementsRetriever does the same).
/// </summary>
public sealed class ChannelSigningMetadataRetriever : IConfigurationRetriever<ChannelSigningMetadata>
{
    public async Task<ChannelSigningMetadata> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        var document = await retriever.GetDocumentAsync(address, cancel).ConfigureAwait(false);
        var configuration = OpenIdConnectConfiguration.Create(document);
        if (string.IsNullOrWhiteSpace(configuration.JwksUri))
        {
            throw new InvalidOperationException($"The OpenID metadata at {address} names no jwks_uri.");
        }

        var keySetDocument = await retriever.GetDocumentAsync(configuration.JwksUri, cancel).ConfigureAwait(false);
        configuration.JsonWebKeySet = JsonWebKeySet.Create(keySetDocument);
        foreach (var key in configuration.JsonWebKeySet.GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }

        return new ChannelSigningMetadata(configuration, ReadEndorsements(keySetDocument));
    }

    /// <summary>The <c>endorsements</c> array of every key that has a <c>kid</c>; keys without the member are left out.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> ReadEndorsements(string keySetDocument)
    {
        var endorsements = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        using var json = JsonDocument.Parse(keySetDocument);
        if (!json.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return endorsements;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind != JsonValueKind.Object
                || !key.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String
                || !key.TryGetProperty("endorsements", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var channels = list.EnumerateArray()
                .Where(item => item.ValueKind == JsonValueKind.String)
                .Select(item => item.GetString()!)
                .ToHashSet(StringComparer.Ordinal);

            // A key id published twice keeps its first entry, as JWK lookups by kid find the first match.
            endorsements.TryAdd(kid.GetString()!, channels);
        }

        return endorsements;
    }
}
