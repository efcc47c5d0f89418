using HeelBot.Authentication.Tests.Support;
using HeelBot.Bot.Authentication;
using Moq;

namespace HeelBot.Authentication.Tests.Outbound;

public sealed class ClientCredentialsTokenSourceTests : IAsyncLifetime
{
    private readonly PinnedTimeProvider _time = new();
    private FakeTokenEndpoint _endpoint = null!;

    public async Task InitializeAsync() => _endpoint = await FakeTokenEndpoint.StartAsync();

    public async Task DisposeAsync() => await _endpoint.DisposeAsync();

    [Fact]
    public async Task AcquireAsync_EndpointIssuesAToken_ExpiresExpiresInSecondsFromNow()
    {
        _endpoint.ExpiresInSeconds = 1800;

        var token = await Source().AcquireAsync(CancellationToken.None);

        token.Should().Be(new ChannelToken("access-1", _time.GetUtcNow().AddSeconds(1800)));
    }

    [Fact]
    public async Task AcquireAsync_EndpointRefusesTheSecret_ThrowsWithStatusButWithoutTheSecret()
    {
        _endpoint.FailWithStatus = 401;

        var act = () => Source().AcquireAsync(CancellationToken.None);

        var thrown = await act.Should().ThrowAsync<HttpRequestException>();
        thrown.Which.StatusCode.Should().Be(System.Net.HttpStatusCode.Unauthorized);
        thrown.Which.Message.Should().Contain("invalid_client").And.NotContain(BotHost.AppPassword);
    }

    [Theory]
    [InlineData("SingleTenant", BotHost.TenantId)]
    [InlineData("MultiTenant", "botframework.com")]
    public void TokenEndpoint_AppType_UsesTheRightTenant(string appType, string tenant)
    {
        var source = Source(appType);

        source.TokenEndpoint.Should().Be(new Uri(_endpoint.Authority, $"/{tenant}/oauth2/v2.0/token"));
    }

    private ClientCredentialsTokenSource Source(string appType = "SingleTenant")
    {
        var httpClients = new Mock<IHttpClientFactory>();
        httpClients.Setup(factory => factory.CreateClient(It.IsAny<string>())).Returns(() => new HttpClient());
        return new ClientCredentialsTokenSource(
            httpClients.Object,
            new BotFrameworkOptions
            {
                MicrosoftAppType = appType,
                MicrosoftAppId = BotHost.AppId,
                MicrosoftAppPassword = BotHost.AppPassword,
                MicrosoftAppTenantId = BotHost.TenantId,
                BotFramework = new BotFrameworkServiceOptions { TokenAuthority = _endpoint.Authority.ToString() },
            },
            _time);
    }
}
