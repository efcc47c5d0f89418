using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HeelBot.Builder.Schema;

namespace HeelBot.Resilience.Tests.Support;

/// <summary>The Direct Line 3.0 REST calls a client makes, against any of the hosts.</summary>
public static class DirectLineRestClient
{
    public const string BasePath = "/v3/directline";

    /// <summary>Starts a conversation with the secret; returns its id and a token good on every host.</summary>
    public static async Task<(string ConversationId, string Token)> StartAsync(HostProcess host, string locale = "da-DK")
    {
        ArgumentNullException.ThrowIfNull(host);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{BasePath}/conversations") { Content = JsonContent.Create(new { locale }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", HostSettings.DirectLineSecret);
        using var response = await host.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Created, "{0} should start a conversation: {1}", host, body);
        var json = JsonDocument.Parse(body).RootElement;
        return (json.GetProperty("conversationId").GetString()!, json.GetProperty("token").GetString()!);
    }

    public static async Task<HttpResponseMessage> PostAsync(HostProcess host, string conversationId, string token, string text)
    {
        ArgumentNullException.ThrowIfNull(host);
        var activity = new Activity { Type = ActivityTypes.Message, Text = text, Locale = "da-DK", From = new ChannelAccount("ignored", "Person") };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/activities")
        {
            Content = JsonContent.Create(activity, options: BotJson.Options),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await host.Client.SendAsync(request);
    }

    /// <summary>Posts a message; returns the id the server gave it.</summary>
    public static async Task<string> SayAsync(HostProcess host, string conversationId, string token, string text)
    {
        using var response = await PostAsync(host, conversationId, token, text);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, "{0} should take the message: {1}", host, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>The whole queue (polling from the start), with the watermark after it.</summary>
    public static async Task<(IReadOnlyList<Activity> Activities, string? Watermark)> GetAsync(HostProcess host, string conversationId, string token)
    {
        ArgumentNullException.ThrowIfNull(host);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await host.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, "{0} should list the activities: {1}", host, body);
        var json = JsonDocument.Parse(body).RootElement;
        var activities = json.GetProperty("activities").Deserialize<List<Activity>>(BotJson.Options)!;
        return (activities, json.TryGetProperty("watermark", out var watermark) ? watermark.GetString() : null);
    }
}
