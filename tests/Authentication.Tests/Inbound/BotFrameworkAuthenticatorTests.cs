using HeelBot.Authentication.Tests.Support;
using HeelBot.Bot.Authentication;
using Microsoft.Extensions.Logging.Abstractions;

namespace HeelBot.Authentication.Tests.Inbound;

/// <summary>The authenticator on its own: what it does to the activity and the identity it returns.</summary>
public sealed class BotFrameworkAuthenticatorTests(InboundFixture fixture) : IClassFixture<InboundFixture>
{
    [Fact]
    public async Task AuthenticateAsync_ValidChannelToken_SetsAzureCallerIdAndReturnsTheTokensClaims()
    {
        using var authenticator = Create();
        var activity = TestActivities.Message();

        var identity = await authenticator.AuthenticateAsync($"Bearer {TestTokens.Create(fixture.ValidSpec)}", activity, CancellationToken.None);

        identity.Should().NotBeNull();
        identity!.IsAuthenticated.Should().BeTrue();
        identity.FindFirst("aud")!.Value.Should().Be(BotHost.AppId);
        activity.CallerId.Should().Be("urn:botframework:azure");
    }

    [Fact]
    public async Task AuthenticateAsync_RejectedToken_LeavesCallerIdUnset()
    {
        using var authenticator = Create();
        var activity = TestActivities.Message();

        var identity = await authenticator.AuthenticateAsync(
            $"Bearer {TestTokens.Create(fixture.ValidSpec with { Audience = InboundFixture.OtherAppId })}", activity, CancellationToken.None);

        identity.Should().BeNull();
        activity.CallerId.Should().BeNull();
    }

    [Fact]
    public void Constructor_NoAppId_Throws()
    {
        var act = () => new BotFrameworkAuthenticator(new BotFrameworkOptions(), new PinnedTimeProvider(), NullLogger<BotFrameworkAuthenticator>.Instance);

        act.Should().Throw<ArgumentException>().WithMessage("*MicrosoftAppId*");
    }

    private BotFrameworkAuthenticator Create() => new(
        new BotFrameworkOptions
        {
            MicrosoftAppType = "SingleTenant",
            MicrosoftAppId = BotHost.AppId,
            MicrosoftAppPassword = BotHost.AppPassword,
            MicrosoftAppTenantId = BotHost.TenantId,
            BotFramework = new BotFrameworkServiceOptions
            {
                OpenIdMetadataUrl = fixture.Issuer.OpenIdMetadataUrl,
                EntraMetadataUrl = fixture.Issuer.EntraMetadataUrlTemplate,
            },
        },
        new PinnedTimeProvider(fixture.Now),
        NullLogger<BotFrameworkAuthenticator>.Instance);
}
