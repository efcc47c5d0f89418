using System.Net;
using HeelBot.Builder.Testing;
using HeelBot.DirectLine.Tests.Support;

namespace HeelBot.DirectLine.Tests.Tokens;

public sealed class TokenEndpointTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new();
    private readonly DirectLineApplication _app;
    private readonly DirectLineRestClient _client;

    public TokenEndpointTests()
    {
        _app = new DirectLineApplication(timeProvider: _clock);
        _client = _app.RestClient();
    }

    [Fact]
    public async Task Generate_WithSecret_ReturnsShortLivedTokenBoundToNewConversation()
    {
        var first = await _client.GenerateAsync();
        var second = await _client.GenerateAsync();

        first.ConversationId.Should().NotBeNullOrEmpty();
        first.ConversationId.Should().NotBe(second.ConversationId, "every token opens its own conversation");
        first.ExpiresIn.Should().Be(1800, "tokens live 30 minutes, as Direct Line's do");
        first.Token.Should().NotContain(DirectLineApplication.Secret);
        var claims = TokenPayload.Read(first.Token);
        claims.GetProperty("conv").GetString().Should().Be(first.ConversationId);
        claims.GetProperty("user").GetString().Should().StartWith("dl_", "Web Chat trusts a user id embedded in the token");
        (claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64()).Should().Be(1800);
    }

    [Fact]
    public async Task Generate_WithSecretAndUser_EmbedsThatUser()
    {
        var generated = await _client.GenerateAsync(body: new { user = new { id = "dl_patient-7", name = "Mette" } });

        var claims = TokenPayload.Read(generated.Token);
        claims.GetProperty("user").GetString().Should().Be("dl_patient-7");
        claims.GetProperty("name").GetString().Should().Be("Mette");
    }

    [Fact]
    public async Task Generate_WithoutAuthorization_Returns401()
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/tokens/generate");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("not-the-secret")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.c2lnbmF0dXJl")]
    public async Task Generate_WithWrongBearer_Returns403(string bearer)
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/tokens/generate", bearer);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Generate_WithToken_Returns403()
    {
        var generated = await _client.GenerateAsync();

        using var response = await _client.SendAsync(HttpMethod.Post, "/tokens/generate", generated.Token);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden, "only a secret may create conversations out of nothing");
    }

    [Fact]
    public async Task Generate_FromTheHostsOwnPage_ReturnsTokenWithoutSecret()
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/tokens/generate", headers: new Dictionary<string, string>
        {
            ["Origin"] = "http://localhost",
            ["Sec-Fetch-Site"] = "same-origin",
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Generate_FromTheHostsOwnPage_IgnoresUserItNames()
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/tokens/generate", body: new { user = new { id = "dl_someone-else" } }, headers: new Dictionary<string, string>
        {
            ["Origin"] = "http://localhost",
        });
        var generated = System.Text.Json.JsonSerializer.Deserialize<ConversationInfo>(await response.Content.ReadAsStringAsync(), Builder.Schema.BotJson.Options)!;

        TokenPayload.Read(generated.Token).GetProperty("user").GetString().Should().NotBe("dl_someone-else", "a page must not choose whom it speaks for");
    }

    [Theory]
    [InlineData("https://evil.example", null)]
    [InlineData("http://localhost", "cross-site")]
    [InlineData("null", null)]
    public async Task Generate_FromAnotherSite_Returns401(string origin, string? fetchSite)
    {
        var headers = new Dictionary<string, string> { ["Origin"] = origin };
        if (fetchSite is not null)
        {
            headers["Sec-Fetch-Site"] = fetchSite;
        }

        using var response = await _client.SendAsync(HttpMethod.Post, "/tokens/generate", headers: headers);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Generate_FromOwnPageWithPageTokensOff_Returns401()
    {
        using var app = new DirectLineApplication(new Dictionary<string, string?> { ["DirectLine:PageTokens"] = "false" });
        using var client = app.RestClient();

        using var response = await client.SendAsync(HttpMethod.Post, "/tokens/generate", headers: new Dictionary<string, string> { ["Origin"] = "http://localhost" });

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Refresh_WithToken_ReturnsLongerLivedTokenForSameConversationAndUser()
    {
        var generated = await _client.GenerateAsync();
        _clock.Advance(TimeSpan.FromMinutes(15));

        using var response = await _client.SendAsync(HttpMethod.Post, "/tokens/refresh", generated.Token);
        var refreshed = System.Text.Json.JsonSerializer.Deserialize<ConversationInfo>(await response.Content.ReadAsStringAsync(), Builder.Schema.BotJson.Options)!;

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        refreshed.ConversationId.Should().Be(generated.ConversationId);
        var before = TokenPayload.Read(generated.Token);
        var after = TokenPayload.Read(refreshed.Token);
        after.GetProperty("user").GetString().Should().Be(before.GetProperty("user").GetString());
        after.GetProperty("exp").GetInt64().Should().Be(before.GetProperty("exp").GetInt64() + (15 * 60));
    }

    [Fact]
    public async Task Refresh_WithExpiredToken_Returns403()
    {
        var generated = await _client.GenerateAsync();
        _clock.Advance(TimeSpan.FromMinutes(31));

        using var response = await _client.SendAsync(HttpMethod.Post, "/tokens/refresh", generated.Token);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden, "DirectLineJS reads 403 as an expired token");
    }

    [Fact]
    public async Task Refresh_WithSecretOrNothing_IsRefused()
    {
        using var withSecret = await _client.SendAsync(HttpMethod.Post, "/tokens/refresh", DirectLineApplication.Secret);
        using var withNothing = await _client.SendAsync(HttpMethod.Post, "/tokens/refresh");

        withSecret.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        withNothing.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_OfAnotherHostConfiguration_IsRefused()
    {
        var generated = await _client.GenerateAsync();
        using var other = new DirectLineApplication(new Dictionary<string, string?> { ["DirectLine:Secrets:0"] = "another-secret-entirely" });
        using var otherClient = other.RestClient();

        using var response = await otherClient.SendAsync(HttpMethod.Post, "/tokens/refresh", generated.Token);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden, "the signing key is derived from the configuration");
    }

    [Fact]
    public async Task Token_WithForgedConversation_IsRefused()
    {
        var mine = await _client.NewConversationAsync();
        var theirs = await _client.NewConversationAsync();
        var claims = TokenPayload.Read(mine.Token);
        var forged = TokenPayload.WithPayload(mine.Token, new
        {
            conv = theirs.ConversationId,
            user = claims.GetProperty("user").GetString(),
            iat = claims.GetProperty("iat").GetInt64(),
            exp = claims.GetProperty("exp").GetInt64(),
            iss = claims.GetProperty("iss").GetString(),
        });

        using var response = await _client.SendAsync(HttpMethod.Get, $"/conversations/{theirs.ConversationId}/activities?watermark=", forged);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
