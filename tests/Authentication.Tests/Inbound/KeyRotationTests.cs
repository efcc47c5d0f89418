using System.Diagnostics;
using System.Net;
using HeelBot.Authentication.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HeelBot.Authentication.Tests.Inbound;

/// <summary>
/// The signing metadata is fetched once and cached; a token naming a key id the cache lacks makes the host fetch the
/// key set again (keys rotate), but not more than once per refresh interval. Each test has its own issuer and host,
/// because the cache and its refresh budget are what is under test.
/// </summary>
public sealed class KeyRotationTests : IAsyncLifetime
{
    private readonly TestSigningKey _firstKey = TestSigningKey.Endorsed("rotation-key-1", "webchat");
    private readonly TestSigningKey _rotatedKey = TestSigningKey.Endorsed("rotation-key-2", "webchat");
    private FakeIssuer _issuer = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _issuer = await FakeIssuer.StartAsync();
        _issuer.PublishChannelKey(_firstKey);
        _host = BotHost.SingleTenant(_issuer);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _issuer.DisposeAsync();
        _firstKey.Dispose();
        _rotatedKey.Dispose();
    }

    [Fact]
    public async Task PostActivity_SeveralValidTokens_FetchesTheMetadataOnce()
    {
        for (var i = 0; i < 3; i++)
        {
            (await PostAsync(_firstKey)).Should().Be(HttpStatusCode.OK);
        }

        _issuer.Requests.Should().Equal("/botframework/.well-known/openidconfiguration", "/botframework/keys");
    }

    [Fact]
    public async Task PostActivity_KeyPublishedAfterTheKeySetWasCached_RefetchesAndAccepts()
    {
        (await PostAsync(_firstKey)).Should().Be(HttpStatusCode.OK);
        _issuer.PublishChannelKey(_rotatedKey);

        var status = await PostAsync(_rotatedKey);

        status.Should().Be(HttpStatusCode.OK);
        _issuer.ChannelKeySetRequests.Should().Be(2);
        (await PostAsync(_firstKey)).Should().Be(HttpStatusCode.OK, "the old key is still published");
    }

    [Fact]
    public async Task PostActivity_KeyIdNobodyPublished_RefetchesOnceThenRejectsWithoutAskingAgain()
    {
        (await PostAsync(_firstKey)).Should().Be(HttpStatusCode.OK);

        var first = await PostAsync(_rotatedKey);
        var clock = Stopwatch.StartNew();
        var second = await PostAsync(_rotatedKey);
        clock.Stop();

        first.Should().Be(HttpStatusCode.Unauthorized);
        second.Should().Be(HttpStatusCode.Unauthorized);
        _issuer.ChannelKeySetRequests.Should().Be(2, "an unknown key id forces one refresh, and forged ids cannot force more");

        // Waiting for a refresh that is not allowed to happen would take 5 s; forged key ids must not stall requests.
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2.5));
    }

    [Fact]
    public async Task PostActivity_IssuerMetadataUnavailable_Returns401AndLogsTheOutage()
    {
        await using var brokenIssuer = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        });
        await using var host = BotHost.WithIdentity(null, null, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = BotHost.AppId,
            ["MicrosoftAppPassword"] = BotHost.AppPassword,
            ["MicrosoftAppTenantId"] = BotHost.TenantId,
            ["BotFramework:OpenIdMetadataUrl"] = $"{brokenIssuer.BaseAddress}/.well-known/openidconfiguration",
        });
        var token = TestTokens.Create(new ChannelTokenSpec
        {
            Now = host.Time.GetUtcNow(),
            Audience = BotHost.AppId,
            Credentials = _firstKey.Credentials(),
            ServiceUrl = TestActivities.ServiceUrl,
        });

        using var response = await host.PostWithTokenAsync(TestActivities.Message(), token);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        host.Logs.Entries.Should().Contain(entry => entry.Level == LogLevel.Error && entry.Message.Contains("could not be read", StringComparison.Ordinal));
    }

    private async Task<HttpStatusCode> PostAsync(TestSigningKey key)
    {
        var token = TestTokens.Create(new ChannelTokenSpec
        {
            Now = _host.Time.GetUtcNow(),
            Audience = BotHost.AppId,
            Credentials = key.Credentials(),
            ServiceUrl = TestActivities.ServiceUrl,
        });
        using var response = await _host.PostWithTokenAsync(TestActivities.Message(), token);
        return response.StatusCode;
    }
}
