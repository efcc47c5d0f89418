using System.Net;
using HeelBot.Authentication.Tests.Support;

namespace HeelBot.Authentication.Tests.Outbound;

/// <summary>
/// Replies to an authenticated request go to its serviceUrl with <c>Authorization: Bearer</c> and a token from the
/// client-credentials flow, requested once and reused until shortly before it expires (PROTOCOLS.md §3b).
/// </summary>
public sealed class OutboundTokenTests : IAsyncLifetime
{
    private readonly TestSigningKey _channelKey = TestSigningKey.Endorsed("outbound-key", "webchat");
    private FakeIssuer _issuer = null!;
    private FakeTokenEndpoint _tokens = null!;
    private FakeChannel _channel = null!;

    public async Task InitializeAsync()
    {
        _issuer = await FakeIssuer.StartAsync();
        _issuer.PublishChannelKey(_channelKey);
        _tokens = await FakeTokenEndpoint.StartAsync();
        _channel = await FakeChannel.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _tokens.DisposeAsync();
        await _issuer.DisposeAsync();
        _channelKey.Dispose();
    }

    [Fact]
    public async Task Reply_SingleTenantBot_CarriesTheClientCredentialsTokenToTheAuthenticatedServiceUrl()
    {
        await using var host = BotHost.SingleTenant(_issuer, _tokens.Authority);

        await PostAndExpectOkAsync(host);

        _channel.Requests.Should().NotBeEmpty()
            .And.OnlyContain(request => request.Authorization == "Bearer access-1" && request.Path.StartsWith("/amer/v3/conversations/", StringComparison.Ordinal));
        var tokenRequest = _tokens.Requests.Should().ContainSingle().Subject;
        tokenRequest.Method.Should().Be("POST");
        tokenRequest.Path.Should().Be($"/{BotHost.TenantId}/oauth2/v2.0/token");
        tokenRequest.Form.Should().Equal(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = BotHost.AppId,
            ["client_secret"] = BotHost.AppPassword,
            ["scope"] = "https://api.botframework.com/.default",
        });
    }

    [Fact]
    public async Task Reply_MultiTenantBot_AsksTheBotFrameworkTenantForItsToken()
    {
        await using var host = BotHost.WithIdentity(_issuer, _tokens.Authority, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = BotHost.AppId,
            ["MicrosoftAppPassword"] = BotHost.AppPassword,
            ["MicrosoftAppTenantId"] = string.Empty,
        });

        await PostAndExpectOkAsync(host);

        _tokens.Requests.Should().ContainSingle().Which.Path.Should().Be("/botframework.com/oauth2/v2.0/token");
        _channel.Requests.Should().NotBeEmpty().And.OnlyContain(request => request.Authorization == "Bearer access-1");
    }

    [Fact]
    public async Task Reply_TokenNotYetNearExpiry_IsReusedAndRenewedFiveMinutesBeforeItExpires()
    {
        _tokens.ExpiresInSeconds = 3600;
        await using var host = BotHost.SingleTenant(_issuer, _tokens.Authority);

        await PostAndExpectOkAsync(host);
        host.Time.Advance(TimeSpan.FromMinutes(54));
        await PostAndExpectOkAsync(host);
        var beforeRenewal = _channel.Requests.Count;
        host.Time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        await PostAndExpectOkAsync(host);

        _tokens.Requests.Should().HaveCount(2, "the token was requested once, then again 5 minutes before its hour was up");
        _channel.Requests.Take(beforeRenewal).Should().OnlyContain(request => request.Authorization == "Bearer access-1");
        _channel.Requests.Skip(beforeRenewal).Should().NotBeEmpty().And.OnlyContain(request => request.Authorization == "Bearer access-2");
    }

    [Fact]
    public async Task Reply_TokenEndpointRefusesTheSecret_Returns502AndSendsNothing()
    {
        _tokens.FailWithStatus = (int)HttpStatusCode.Unauthorized;
        await using var host = BotHost.SingleTenant(_issuer, _tokens.Authority);

        using var response = await host.PostWithTokenAsync(TestActivities.DeliveredMessage(_channel.ServiceUrl), Token(host));

        response.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        _channel.Requests.Should().BeEmpty();
    }

    private async Task PostAndExpectOkAsync(BotHost host)
    {
        using var response = await host.PostWithTokenAsync(TestActivities.DeliveredMessage(_channel.ServiceUrl), Token(host));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private string Token(BotHost host) => TestTokens.Create(new ChannelTokenSpec
    {
        Now = host.Time.GetUtcNow(),
        Audience = BotHost.AppId,
        Credentials = _channelKey.Credentials(),
        ServiceUrl = _channel.ServiceUrl,
    });
}
