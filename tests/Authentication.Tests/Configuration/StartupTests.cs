using HeelBot.Authentication.Tests.Support;
using HeelBot.Bot.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HeelBot.Authentication.Tests.Configuration;

/// <summary>What the real host does with its identity settings while it starts.</summary>
public sealed class StartupTests
{
    [Theory]
    [InlineData("SingleTenant", "", BotHost.TenantId, "SingleTenant needs MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", "a-secret", BotHost.TenantId, "UserAssignedMSI takes no MicrosoftAppPassword")]
    [InlineData("Anything", "a-secret", BotHost.TenantId, "'Anything' is not one of")]
    public async Task Start_InvalidIdentity_FailsWithAClearMessage(string appType, string password, string tenantId, string expected)
    {
        // A plain host with the same registration Program.cs makes: WebApplicationFactory reports a failed start as
        // ObjectDisposedException now and then, which would hide the message under test.
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(Identity(appType, password, tenantId));
        builder.Services.AddChannelAuthentication(builder.Configuration);
        using var host = builder.Build();

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>()).WithMessage($"*{expected}*");
    }

    [Fact]
    public void Start_SingleTenant_UsesClientCredentialsFromTheTenantAndSaysSo()
    {
        using var host = BotHost.WithIdentity(null, new Uri("https://login.example.test"), Identity("SingleTenant", BotHost.AppPassword, BotHost.TenantId));

        var provider = host.Services.GetRequiredService<IChannelTokenProvider>();

        var source = provider.Should().BeOfType<CachedChannelTokenProvider>().Which.Source.Should().BeOfType<ClientCredentialsTokenSource>().Subject;
        source.TokenEndpoint.Should().Be(new Uri($"https://login.example.test/{BotHost.TenantId}/oauth2/v2.0/token"));
        host.Services.GetRequiredService<IChannelAuthenticator>().Should().BeOfType<BotFrameworkAuthenticator>();
        host.Logs.Entries.Should().Contain(entry => entry.Level == LogLevel.Information && entry.Message.Contains(BotHost.AppId, StringComparison.Ordinal));
        host.Logs.Entries.Should().NotContain(entry => entry.Message.Contains(BotHost.AppPassword, StringComparison.Ordinal));
    }

    [Fact]
    public void Start_UserAssignedMsi_UsesTheManagedIdentity()
    {
        using var host = BotHost.WithIdentity(null, null, Identity("UserAssignedMSI", string.Empty, BotHost.TenantId));

        var provider = host.Services.GetRequiredService<IChannelTokenProvider>();

        provider.Should().BeOfType<CachedChannelTokenProvider>().Which.Source.Should().BeOfType<ManagedIdentityTokenSource>();
    }

    [Fact]
    public void Start_NoAppId_IsAnonymousBothWays()
    {
        using var host = BotHost.Anonymous();

        host.Services.GetRequiredService<IChannelTokenProvider>().Should().BeOfType<AnonymousChannelTokenProvider>();
        host.Services.GetRequiredService<IChannelAuthenticator>().Should().BeOfType<AnonymousChannelAuthenticator>();
    }

    private static Dictionary<string, string?> Identity(string appType, string password, string tenantId) => new()
    {
        ["MicrosoftAppType"] = appType,
        ["MicrosoftAppId"] = BotHost.AppId,
        ["MicrosoftAppPassword"] = password,
        ["MicrosoftAppTenantId"] = tenantId,
    };
}
