using HeelBot.Authentication.Tests.Support;

namespace HeelBot.Authentication.Tests.Inbound;

/// <summary>
/// One fake issuer and one single-tenant host for the token matrix. Every test starts from <see cref="ValidSpec"/>
/// and changes one thing, so a rejection can only come from that thing.
/// </summary>
public sealed class InboundFixture : IAsyncLifetime
{
    public const string OtherAppId = "0c0c0c0c-1111-4222-8333-444455556666";

    public FakeIssuer Issuer { get; private set; } = null!;

    public BotHost Host { get; private set; } = null!;

    /// <summary>Published in the channel key set, endorsed for webchat, directline and msteams.</summary>
    public TestSigningKey ChannelKey { get; } = TestSigningKey.Endorsed("channel-key-1", "webchat", "directline", "msteams");

    /// <summary>Published in the channel key set without an endorsements member.</summary>
    public TestSigningKey BareChannelKey { get; } = TestSigningKey.Unendorsed("channel-key-bare");

    /// <summary>Published in the Entra key set of the bot's tenant.</summary>
    public TestSigningKey EntraKey { get; } = TestSigningKey.Unendorsed("entra-key-1");

    /// <summary>Never published: an attacker's key.</summary>
    public TestSigningKey ForeignKey { get; } = TestSigningKey.Endorsed("foreign-key", "webchat");

    public DateTimeOffset Now => Host.Time.GetUtcNow();

    /// <summary>A channel token the host must accept for <see cref="TestActivities.Message"/>.</summary>
    public ChannelTokenSpec ValidSpec => new()
    {
        Now = Now,
        Audience = BotHost.AppId,
        Credentials = ChannelKey.Credentials(),
        ServiceUrl = TestActivities.ServiceUrl,
    };

    /// <summary>An Entra v2 token the bot's own app obtained, which the host must accept.</summary>
    public ChannelTokenSpec ValidEntraSpec => new()
    {
        Now = Now,
        Audience = BotHost.AppId,
        Issuer = $"https://login.microsoftonline.com/{BotHost.TenantId}/v2.0",
        Credentials = EntraKey.Credentials(),
        ServiceUrl = null,
        ExtraClaims = new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = BotHost.AppId, ["tid"] = BotHost.TenantId },
    };

    public async Task InitializeAsync()
    {
        Issuer = await FakeIssuer.StartAsync();
        Issuer.PublishChannelKey(ChannelKey);
        Issuer.PublishChannelKey(BareChannelKey);
        Issuer.PublishEntraKey(EntraKey);
        Host = BotHost.SingleTenant(Issuer);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Issuer.DisposeAsync();
        ChannelKey.Dispose();
        BareChannelKey.Dispose();
        EntraKey.Dispose();
        ForeignKey.Dispose();
    }
}
