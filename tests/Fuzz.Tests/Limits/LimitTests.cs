using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using HeelBot.Bot.Channels.Twilio;
using HeelBot.Bot.Hosting;
using HeelBot.Fuzz.Tests.Support;
using Microsoft.Extensions.Primitives;

namespace HeelBot.Fuzz.Tests.Limits;

/// <summary>Each limit on bad input answers with a clear 4xx: body size, attachments, request rate; and the page's CSP.</summary>
public sealed class LimitTests : IClassFixture<FuzzApplication>
{
    private readonly FuzzApplication _app;

    public LimitTests(FuzzApplication app) => _app = app;

    [Fact]
    public async Task PostActivity_BodyOver256KB_Answers413()
    {
        using var client = _app.CreateClient();
        using var response = await client.PostAsync("/api/messages", Json(Activity("big-bf", new string('a', 300 * 1024))));
        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task DirectLinePost_BodyOver256KB_Answers413()
    {
        using var client = _app.CreateClient();
        var (id, token) = await StartDirectLineAsync(client);
        using var response = await PostDirectLineAsync(client, id, token, JsonSerializer.Serialize(new { type = "message", text = new string('a', 300 * 1024) }));
        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task SmsWebhook_BodyOver32KB_Answers413()
    {
        using var client = _app.CreateClient();
        List<KeyValuePair<string, string>> form = [new("From", "+4520000050"), new("To", "+4570203040"), new("Body", new string('a', 40 * 1024)), new("MessageSid", "SM1")];
        using var request = new HttpRequestMessage(HttpMethod.Post, TwilioSmsEndpoints.Path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(TwilioSignatureValidator.HeaderName, TwilioSignatureValidator.Compute(
            FuzzApplication.AuthToken, FuzzApplication.WebhookUrl, form.Select(f => new KeyValuePair<string, StringValues>(f.Key, f.Value))));
        using var response = await client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData(10, HttpStatusCode.OK)]
    [InlineData(11, HttpStatusCode.BadRequest)]
    public async Task PostActivity_Attachments_LimitedToTen(int count, HttpStatusCode expected)
    {
        using var client = _app.CreateClient();
        using var response = await client.PostAsync("/api/messages", Json(Activity($"attachments-bf-{count}", "hej", count)));
        response.StatusCode.Should().Be(expected, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(10, HttpStatusCode.OK)]
    [InlineData(11, HttpStatusCode.BadRequest)]
    public async Task DirectLinePost_Attachments_LimitedToTen(int count, HttpStatusCode expected)
    {
        using var client = _app.CreateClient();
        var (id, token) = await StartDirectLineAsync(client);
        var attachments = Enumerable.Range(0, count).Select(i => new { contentType = "image/png", contentUrl = $"https://example.dk/{i}.png" });
        using var response = await PostDirectLineAsync(client, id, token, JsonSerializer.Serialize(new { type = "message", text = "hej", attachments }));
        response.StatusCode.Should().Be(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PostActivity_TextOver2000Characters_AnsweredPolitely()
    {
        using var client = _app.CreateClient();
        using var response = await client.PostAsync("/api/messages", Json(Activity("long-text", string.Concat(Enumerable.Repeat("jeg har ondt i hælen ", 200)))));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        var texts = JsonDocument.Parse(body).RootElement.GetProperty("activities").EnumerateArray()
            .Select(a => a.TryGetProperty("text", out var text) ? text.GetString() : null);
        texts.Should().Contain(text => !string.IsNullOrEmpty(text), "the bot answers a long message");
    }

    [Fact]
    public async Task Requests_OverRateLimit_Answer429WithRetryAfter()
    {
        using var app = FuzzApplication.WithPermitLimit(3);
        using var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last?.Dispose();
            last = await client.PostAsync("/api/messages", Json(Activity("rate-bf", "hej")));
            statuses.Add(last.StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        last!.Headers.RetryAfter.Should().NotBeNull("a throttled client is told when to come back");
        last.Dispose();

        // Direct Line shares the per-address budget; the health check and the page are not limited.
        using var directLine = await client.PostAsync("/v3/directline/tokens/generate", Json("{}"));
        directLine.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        directLine.Headers.RetryAfter.Should().NotBeNull();
        using var health = await client.GetAsync("/healthz");
        health.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Page_Served_CarriesStrictContentSecurityPolicy()
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync("/");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        policy.Should().Be(ContentSecurityPolicy.Policy);
        policy.Should().Contain("default-src 'self'").And.Contain("script-src 'self';").And.NotContain("unsafe-eval");
        policy.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)).Should().NotContain("unsafe-inline");
    }

    private static string Activity(string conversationId, string text, int attachments = 0) => JsonSerializer.Serialize(new
    {
        type = "message",
        text,
        channelId = "emulator",
        conversation = new { id = conversationId },
        from = new { id = "limit-user" },
        recipient = new { id = "heelbot" },
        locale = "da-DK",
        deliveryMode = "expectReplies",
        attachments = Enumerable.Range(0, attachments).Select(i => new { contentType = "image/png", contentUrl = $"https://example.dk/{i}.png" }),
    });

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<(string Id, string Token)> StartDirectLineAsync(HttpClient client)
    {
        using var generate = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate") { Content = Json("{}") };
        generate.Headers.Authorization = new AuthenticationHeaderValue("Bearer", FuzzApplication.DirectLineSecret);
        using var generated = await client.SendAsync(generate);
        var token = JsonDocument.Parse(await generated.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString()!;
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations") { Content = Json("{}") };
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await client.SendAsync(start);
        return (JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("conversationId").GetString()!, token);
    }

    private static async Task<HttpResponseMessage> PostDirectLineAsync(HttpClient client, string id, string token, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{id}/activities") { Content = Json(json) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }
}
