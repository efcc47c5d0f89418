using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using HeelBot.Builder.Schema;

namespace HeelBot.Bot.Tests.Privacy;

/// <summary>A Direct Line 3.0 client over HTTP: a token from the secret, one conversation, messages as the token's user.</summary>
public sealed class DirectLineClient(HttpClient http) : IDisposable
{
    private const string BasePath = "/v3/directline";

    public string ConversationId { get; private set; } = string.Empty;

    public string Token { get; private set; } = string.Empty;

    /// <summary>Gets a token and starts the conversation (the bot's welcome is queued).</summary>
    public async Task StartAsync()
    {
        var generated = await ReadAsync<Started>(SendAsync(HttpMethod.Post, "/tokens/generate", PrivacyApplication.DirectLineSecret, new { }), HttpStatusCode.OK);
        var started = await ReadAsync<Started>(SendAsync(HttpMethod.Post, "/conversations", generated.Token, new { locale = "da-DK" }), HttpStatusCode.Created);
        ConversationId = started.ConversationId;
        Token = started.Token;
    }

    /// <summary>Sends a message; Direct Line answers once the bot has answered it.</summary>
    public Task SayAsync(string text) =>
        ReadAsync<ResourceResponse>(SendAsync(HttpMethod.Post, $"/conversations/{ConversationId}/activities", Token, new { type = "message", text, locale = "da-DK", from = new { id = "ignored" } }), HttpStatusCode.OK);

    /// <summary>Every activity of the conversation from the start, as a client reads them.</summary>
    public async Task<IReadOnlyList<Activity>> ReadAllAsync() =>
        (await ReadAsync<Activities>(SendAsync(HttpMethod.Get, $"/conversations/{ConversationId}/activities?watermark=", Token, null), HttpStatusCode.OK)).Items;

    public void Dispose() => http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string bearer, object? body)
    {
        using var request = new HttpRequestMessage(method, BasePath + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: BotJson.Options);
        }

        return await http.SendAsync(request);
    }

    private static async Task<T> ReadAsync<T>(Task<HttpResponseMessage> sending, HttpStatusCode expected)
    {
        using var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, "Direct Line answered {0}", body);
        return JsonSerializer.Deserialize<T>(body, BotJson.Options)!;
    }

    private sealed record Started(string ConversationId, string Token);

    private sealed record Activities([property: JsonPropertyName("activities")] List<Activity> Items, string? Watermark);
}
