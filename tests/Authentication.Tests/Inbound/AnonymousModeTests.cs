using System.Net;
using HeelBot.Authentication.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HeelBot.Authentication.Tests.Inbound;

/// <summary>No MicrosoftAppId: local development, as the Bot Framework SDK behaves without credentials.</summary>
public sealed class AnonymousModeTests : IAsyncLifetime
{
    private readonly BotHost _host = BotHost.Anonymous();
    private FakeChannel _channel = null!;

    public async Task InitializeAsync() => _channel = await FakeChannel.StartAsync();

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task PostActivity_NoAuthorizationHeader_Returns200()
    {
        using var response = await _host.PostAsync(TestActivities.Message(), authorization: null);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PostActivity_WithABearerToken_Returns401()
    {
        using var key = TestSigningKey.Endorsed("any-key", "webchat");
        var token = TestTokens.Create(new ChannelTokenSpec
        {
            Now = _host.Time.GetUtcNow(),
            Audience = BotHost.AppId,
            Credentials = key.Credentials(),
            ServiceUrl = TestActivities.ServiceUrl,
        });

        using var response = await _host.PostWithTokenAsync(TestActivities.Message(), token);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public void Start_NoAppId_WarnsLoudlyBeforeAnyRequest()
    {
        _ = _host.Services.GetRequiredService<IServiceProvider>();

        _host.Logs.Entries.Should().Contain(entry => entry.Level == LogLevel.Warning && entry.Message.Contains("UNAUTHENTICATED", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reply_NoAppId_IsPostedWithoutAnAuthorizationHeader()
    {
        using var response = await _host.PostAsync(TestActivities.DeliveredMessage(_channel.ServiceUrl), authorization: null);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        _channel.Requests.Should().NotBeEmpty().And.OnlyContain(request => request.Authorization == null);
    }
}
