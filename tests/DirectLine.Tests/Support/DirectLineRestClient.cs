using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HeelBot.Builder.Schema;

namespace HeelBot.DirectLine.Tests.Support;

/// <summary>Plays a Direct Line client over HTTP, with the same JSON settings the channel uses.</summary>
public sealed class DirectLineRestClient(HttpClient client) : IDisposable
{
    public const string BasePath = "/v3/directline";

    public HttpClient Http { get; } = client;

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer = null, object? body = null, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, BasePath + path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: BotJson.Options);
        }

        return await Http.SendAsync(request);
    }

    /// <summary>POST /tokens/generate with the test secret; anything but 200 fails the test.</summary>
    public Task<ConversationInfo> GenerateAsync(string bearer = DirectLineApplication.Secret, object? body = null) =>
        ReadAsync<ConversationInfo>(SendAsync(HttpMethod.Post, "/tokens/generate", bearer, body), HttpStatusCode.OK);

    /// <summary>POST /conversations; a new conversation answers 201.</summary>
    public Task<ConversationInfo> StartAsync(string token, HttpStatusCode expected = HttpStatusCode.Created) =>
        ReadAsync<ConversationInfo>(SendAsync(HttpMethod.Post, "/conversations", token, new { user = new { }, locale = "da-DK" }), expected);

    /// <summary>A token for a new conversation, started (the welcome is queued).</summary>
    public async Task<ConversationInfo> NewConversationAsync()
    {
        var generated = await GenerateAsync();
        return await StartAsync(generated.Token);
    }

    public async Task<string> PostMessageAsync(string token, string conversationId, string text, string? clientActivityId = null, string fromId = "someone-else")
    {
        var activity = new Dictionary<string, object?>
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new { id = fromId, name = "Test Person" },
            ["locale"] = "da-DK",
            ["channelData"] = clientActivityId is null ? null : new { clientActivityID = clientActivityId },
        };
        var response = await ReadAsync<ResourceResponse>(SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", token, activity), HttpStatusCode.OK);
        response.Id.Should().NotBeNullOrEmpty("the channel answers a posted activity with its server id");
        return response.Id!;
    }

    public Task<ActivitySetBody> GetActivitiesAsync(string token, string conversationId, string? watermark = "") =>
        ReadAsync<ActivitySetBody>(SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities?watermark={watermark}", token), HttpStatusCode.OK);

    public void Dispose() => Http.Dispose();

    private static async Task<T> ReadAsync<T>(Task<HttpResponseMessage> sending, HttpStatusCode expected)
    {
        using var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, "the channel answered {0}", body);
        var value = JsonSerializer.Deserialize<T>(body, BotJson.Options);
        value.Should().NotBeNull("the body should be JSON: {0}", body);
        return value!;
    }
}
