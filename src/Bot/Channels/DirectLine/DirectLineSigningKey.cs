using System.Security.Cryptography;
using System.Text;
using HeelBot.Builder.State;
using Microsoft.Extensions.Options;

namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>
/// The HMAC key tokens are signed with. It is derived (HKDF-SHA256) from <c>DirectLine:TokenSigningKey</c>, or
/// else from <c>DirectLine:Secrets</c>, so a leaked token never reveals a secret and every instance that shares
/// the configuration accepts the same tokens. With neither configured (local development), a random key is
/// generated once and kept in the bot's storage, so tokens still outlive a restart.
/// </summary>
public sealed class DirectLineSigningKey(IOptions<DirectLineOptions> options, IStorage storage)
{
    /// <summary>Not under "directline/": that prefix belongs to the bot state of the "directline" channel.</summary>
    // Outside the dl3/ prefix on purpose: the retention job expires everything under dl3/ by age, and the key must outlive it.
    public const string StorageKey = "dl3-keys/signing-key";

    private static readonly byte[] Info = Encoding.UTF8.GetBytes("HeelBot Direct Line token signing v1");
    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _key;

    public async ValueTask<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        if (_key is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _key ??= FromConfiguration(options.Value) ?? await FromStorageAsync(cancellationToken).ConfigureAwait(false);
            return _key;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static byte[]? FromConfiguration(DirectLineOptions options)
    {
        // Sorted, so the order secrets are listed in does not matter; adding or removing one invalidates open tokens.
        var material = !string.IsNullOrWhiteSpace(options.TokenSigningKey)
            ? options.TokenSigningKey
            : string.Join('\n', options.ConfiguredSecrets.Order(StringComparer.Ordinal));
        return material.Length == 0 ? null : HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(material), 32, salt: [], info: Info);
    }

    private async Task<byte[]> FromStorageAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var items = await storage.ReadAsync([StorageKey], cancellationToken).ConfigureAwait(false);
            if (items.TryGetValue(StorageKey, out var item) && item is DirectLineKeyDocument { Key.Length: > 0 } stored)
            {
                return Convert.FromBase64String(stored.Key);
            }

            var created = new DirectLineKeyDocument { Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), ETag = ETags.Absent };
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [StorageKey] = created }, cancellationToken).ConfigureAwait(false);
                return Convert.FromBase64String(created.Key);
            }
            catch (StorageConflictException) when (attempt < 3)
            {
                // Another instance stored its key first: use that one.
            }
        }
    }
}
