using System.Net;
using HeelBot.Authentication.Tests.Support;

namespace HeelBot.Authentication.Tests.Inbound;

/// <summary>
/// Entra ID tokens of the bot's own tenant (v1 and v2 issuers), validated against that tenant's metadata. They carry
/// no serviceurl claim, so only tokens the bot's own app obtained are taken.
/// </summary>
public sealed class EntraTokenTests(InboundFixture fixture) : IClassFixture<InboundFixture>
{
    [Fact]
    public async Task PostActivity_EntraV2TokenOfTheBotsOwnApp_Returns200() =>
        await ExpectStatusAsync(TestTokens.Create(fixture.ValidEntraSpec), HttpStatusCode.OK);

    [Fact]
    public async Task PostActivity_EntraV1TokenOfTheBotsOwnApp_Returns200()
    {
        var token = TestTokens.Create(fixture.ValidEntraSpec with
        {
            Issuer = $"https://sts.windows.net/{BotHost.TenantId}/",
            ExtraClaims = new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = BotHost.AppId },
        });

        await ExpectStatusAsync(token, HttpStatusCode.OK);
    }

    [Fact]
    public async Task PostActivity_EntraTokenOfAnotherApp_Returns401()
    {
        var token = TestTokens.Create(fixture.ValidEntraSpec with
        {
            ExtraClaims = new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = InboundFixture.OtherAppId },
        });

        await ExpectStatusAsync(token, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PostActivity_EntraIssuerOfAnotherTenant_Returns401() =>
        await ExpectStatusAsync(
            TestTokens.Create(fixture.ValidEntraSpec with { Issuer = "https://login.microsoftonline.com/11111111-2222-4333-8444-555555555555/v2.0" }),
            HttpStatusCode.Unauthorized);

    [Fact]
    public async Task PostActivity_EntraIssuerSignedWithAChannelKey_Returns401() =>
        await ExpectStatusAsync(TestTokens.Create(fixture.ValidEntraSpec with { Credentials = fixture.ChannelKey.Credentials() }), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task PostActivity_ChannelIssuerSignedWithTheEntraKey_Returns401() =>
        await ExpectStatusAsync(TestTokens.Create(fixture.ValidSpec with { Credentials = fixture.EntraKey.Credentials() }), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task PostActivity_EntraTokenWhoseServiceUrlClaimNamesAnotherService_Returns401() =>
        await ExpectStatusAsync(TestTokens.Create(fixture.ValidEntraSpec with { ServiceUrl = "https://attacker.example/" }), HttpStatusCode.Unauthorized);

    private async Task ExpectStatusAsync(string token, HttpStatusCode expected)
    {
        using var response = await fixture.Host.PostWithTokenAsync(TestActivities.Message(), token);
        response.StatusCode.Should().Be(expected, await response.Content.ReadAsStringAsync());
    }
}
