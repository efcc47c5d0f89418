using System.Net;
using System.Text.Json;
using HeelBot.Authentication.Tests.Support;
using HeelBot.Builder.Schema;
using Microsoft.IdentityModel.Tokens;

namespace HeelBot.Authentication.Tests.Inbound;

/// <summary>
/// /api/messages of a host with MicrosoftAppId set, against channel tokens (issuer https://api.botframework.com)
/// that are valid but for one flaw each (PROTOCOLS.md §3a).
/// </summary>
public sealed class ChannelTokenTests(InboundFixture fixture) : IClassFixture<InboundFixture>
{
    [Fact]
    public async Task PostActivity_ValidChannelToken_Returns200WithTheBotsReplies()
    {
        using var response = await fixture.Host.PostWithTokenAsync(TestActivities.Message(), TestTokens.Create(fixture.ValidSpec));

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        JsonSerializer.Deserialize<ExpectedReplies>(body, BotJson.Options)!.Activities.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha256)]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task PostActivity_RsaSignatureAlgorithm_Returns200(string algorithm)
    {
        var token = TestTokens.Create(fixture.ValidSpec with { Credentials = fixture.ChannelKey.Credentials(algorithm) });

        await ExpectStatusAsync(token, HttpStatusCode.OK);
    }

    [Fact]
    public async Task PostActivity_NoAuthorizationHeader_Returns401()
    {
        using var response = await fixture.Host.PostAsync(TestActivities.Message(), authorization: null);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Basic dXNlcjpwYXNzd29yZA==")]
    [InlineData("Token {0}")]
    [InlineData("{0}")]
    public async Task PostActivity_MalformedAuthorizationHeader_Returns401(string headerFormat)
    {
        // The {0} forms carry a valid token, so only the header's shape is wrong.
        var header = string.Format(System.Globalization.CultureInfo.InvariantCulture, headerFormat, TestTokens.Create(fixture.ValidSpec));

        using var response = await fixture.Host.PostAsync(TestActivities.Message(), header);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PostActivity_WrongAudience_Returns401() =>
        await ExpectStatusAsync(TestTokens.Create(fixture.ValidSpec with { Audience = InboundFixture.OtherAppId }), HttpStatusCode.Unauthorized);

    [Theory]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://api.botframework.evil.example")]
    [InlineData("https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/")]
    public async Task PostActivity_WrongIssuer_Returns401(string issuer) =>
        await ExpectStatusAsync(TestTokens.Create(fixture.ValidSpec with { Issuer = issuer }), HttpStatusCode.Unauthorized);

    [Theory]
    [InlineData(-6, -60, HttpStatusCode.Unauthorized)] // expired beyond the 5-minute skew
    [InlineData(-4, -60, HttpStatusCode.OK)] // expired, but within the skew
    [InlineData(60, 6, HttpStatusCode.Unauthorized)] // not valid for another 6 minutes
    [InlineData(60, 4, HttpStatusCode.OK)] // not valid for another 4 minutes: within the skew
    public async Task PostActivity_TokenLifetimeAgainstPinnedClock_ReturnsStatus(int expiresInMinutes, int notBeforeInMinutes, HttpStatusCode expected)
    {
        var token = TestTokens.Create(fixture.ValidSpec with
        {
            Expires = TimeSpan.FromMinutes(expiresInMinutes),
            NotBefore = TimeSpan.FromMinutes(notBeforeInMinutes),
        });

        await ExpectStatusAsync(token, expected);
    }

    [Fact]
    public async Task PostActivity_AlgNoneWithoutSignature_Returns401()
    {
        var unsigned = TestTokens.Unsigned(TestTokens.Create(fixture.ValidSpec));
        TestTokens.Header(unsigned).GetProperty("alg").GetString().Should().Be("none");

        await ExpectStatusAsync(unsigned, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PostActivity_Hs256SignedWithThePublicKeyAsSecret_Returns401()
    {
        // The classic key-confusion attack: HMAC keyed with the published RSA modulus, claiming the real kid.
        var modulus = Base64UrlEncoder.DecodeBytes((string)fixture.ChannelKey.ToJwk()["n"]);
        var credentials = new SigningCredentials(new SymmetricSecurityKey(modulus) { KeyId = fixture.ChannelKey.KeyId }, SecurityAlgorithms.HmacSha256);
        var token = TestTokens.Create(fixture.ValidSpec with { Credentials = credentials });
        TestTokens.Header(token).GetProperty("alg").GetString().Should().Be("HS256");

        await ExpectStatusAsync(token, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PostActivity_SignedWithAnUnpublishedKeyUnderAPublishedKeyId_Returns401()
    {
        var token = TestTokens.Create(fixture.ValidSpec with { Credentials = fixture.ForeignKey.Credentials(claimedKeyId: fixture.ChannelKey.KeyId) });

        await ExpectStatusAsync(token, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PostActivity_TamperedPayloadWithOriginalSignature_Returns401()
    {
        // Redirecting the replies: the claim and the activity agree, only the signature gives it away.
        const string attackerUrl = "https://attacker.example/";
        var token = TestTokens.Tampered(TestTokens.Create(fixture.ValidSpec), "serviceurl", attackerUrl);

        using var response = await fixture.Host.PostWithTokenAsync(TestActivities.Message(serviceUrl: attackerUrl), token);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PostActivity_ServiceUrlClaimNamesAnotherService_Returns401() =>
        await ExpectStatusAsync(TestTokens.Create(fixture.ValidSpec with { ServiceUrl = "https://smba.trafficmanager.net/emea/" }), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task PostActivity_NoServiceUrlClaim_Returns401() =>
        await ExpectStatusAsync(TestTokens.Create(fixture.ValidSpec with { ServiceUrl = null }), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task PostActivity_ServiceUrlClaimDiffersOnlyInCase_Returns200() =>
        await ExpectStatusAsync(TestTokens.Create(fixture.ValidSpec with { ServiceUrl = TestActivities.ServiceUrl.ToUpperInvariant() }), HttpStatusCode.OK);

    [Theory]
    [InlineData("webchat", HttpStatusCode.OK)]
    [InlineData("msteams", HttpStatusCode.OK)]
    [InlineData("sms", HttpStatusCode.Unauthorized)]
    [InlineData("WebChat", HttpStatusCode.Unauthorized)]
    public async Task PostActivity_ChannelIdAgainstTheKeysEndorsements_ReturnsStatus(string channelId, HttpStatusCode expected)
    {
        using var response = await fixture.Host.PostWithTokenAsync(TestActivities.Message(channelId), TestTokens.Create(fixture.ValidSpec));

        response.StatusCode.Should().Be(expected);
    }

    [Fact]
    public async Task PostActivity_ChannelTokenSignedWithAKeyWithoutEndorsements_Returns401() =>
        await ExpectStatusAsync(TestTokens.Create(fixture.ValidSpec with { Credentials = fixture.BareChannelKey.Credentials() }), HttpStatusCode.Unauthorized);

    private async Task ExpectStatusAsync(string token, HttpStatusCode expected)
    {
        using var response = await fixture.Host.PostWithTokenAsync(TestActivities.Message(), token);
        response.StatusCode.Should().Be(expected, await response.Content.ReadAsStringAsync());
    }
}
