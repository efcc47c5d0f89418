using Azure.Core;
using Azure.Identity;
using HeelBot.Bot.Authentication;
using Moq;

namespace HeelBot.Authentication.Tests.Outbound;

/// <summary>UserAssignedMSI bots: the managed identity credential is replaced by a mock (no Azure here).</summary>
public sealed class ManagedIdentityTokenSourceTests
{
    private static readonly DateTimeOffset ExpiresOn = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AcquireAsync_CredentialAnswers_AsksForTheConnectorScopeAndKeepsTheExpiry()
    {
        var credential = new Mock<TokenCredential>();
        credential.Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AccessToken("msi-token", ExpiresOn));

        var token = await new ManagedIdentityTokenSource(credential.Object).AcquireAsync(CancellationToken.None);

        token.Should().Be(new ChannelToken("msi-token", ExpiresOn));
        credential.Verify(c => c.GetTokenAsync(
            It.Is<TokenRequestContext>(context => context.Scopes.SequenceEqual(new[] { "https://api.botframework.com/.default" })),
            It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task AcquireAsync_NoManagedIdentityAvailable_ThrowsHttpRequestException()
    {
        var credential = new Mock<TokenCredential>();
        credential.Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new CredentialUnavailableException("No managed identity endpoint found."));

        var act = () => new ManagedIdentityTokenSource(credential.Object).AcquireAsync(CancellationToken.None);

        (await act.Should().ThrowAsync<HttpRequestException>()).WithInnerException<CredentialUnavailableException>();
    }

    [Fact]
    public void CredentialFor_Options_IsAManagedIdentityCredential()
    {
        var credential = ManagedIdentityTokenSource.CredentialFor(new BotFrameworkOptions { MicrosoftAppId = "8f7e6d5c-4b3a-4291-8a7b-6c5d4e3f2a1b" });

        credential.Should().BeOfType<ManagedIdentityCredential>();
    }
}
