using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using HeelBot.Builder.Schema;

namespace HeelBot.Teams.Tests.Support;

/// <summary>
/// A personal (1:1) Teams chat with the bot, played from the recorded payloads in Payloads/: each payload is sent
/// as Teams sent it, only with this chat's own conversation id and a fresh activity id, so chats on one host stay apart.
/// </summary>
public sealed class TeamsChat(HttpClient client, TeamsConnector connector) : IDisposable
{
    public const string Endpoint = "/api/messages";

    /// <summary>The bot's account as the recorded payloads name it ("28:" + its Microsoft App ID).</summary>
    public const string BotId = "28:6f1f3a52-8c0b-4c57-9f3c-2f0d8e6a9b41";

    /// <summary>The person's Teams account in the recorded payloads.</summary>
    public const string UserId = "29:1RkQ8bTnFhd0w9Gk2yVw3Xp7sLmNqZc4aJ6eUoYtIv5BrHs-Dg_PlK1xCzWnMfEaTuOj8iSb";

    private static readonly string PayloadDirectory = Path.Combine(AppContext.BaseDirectory, "Payloads");

    private long _nextMessageId = 1735725600000;

    /// <summary>A personal conversation id shaped like Teams' ("a:1" and a long URL-safe token).</summary>
    public string ConversationId { get; } = "a:1" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)).Replace('+', '-').Replace('/', '_');

    /// <summary>A recorded payload with this chat's conversation id and a fresh id in the payload's own id format.</summary>
    public JsonObject Payload(string name)
    {
        var payload = JsonNode.Parse(File.ReadAllText(Path.Combine(PayloadDirectory, name)))!.AsObject();
        payload["conversation"]!["id"] = ConversationId;
        var recordedId = payload["id"]!.GetValue<string>();
        payload["id"] = recordedId.StartsWith("f:", StringComparison.Ordinal)
            ? $"f:{Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant()}"
            : NextMessageId();
        return payload;
    }

    /// <summary>
    /// The recorded personal message with other text, as Teams would send it for what the person typed or the
    /// button they pressed (an imBack sends the button title as text).
    /// </summary>
    public JsonObject Message(string text)
    {
        var message = Payload("message.personal.json");
        message["text"] = text;
        message["attachments"]![0]!["content"] = $"<p>{WebUtility.HtmlEncode(text)}</p>";
        return message;
    }

    public Task<TeamsTurn> SendPayloadAsync(string name) => SendAsync(Payload(name));

    /// <summary>
    /// Starts the triage with a first "Hej" (greeted in that turn if the install did not greet), so tests of
    /// later turns do not depend on the install greeting.
    /// </summary>
    public async Task<TeamsTurn> StartAsync()
    {
        var turn = await SayAsync("Hej");
        turn.Asks().Should().Be("location", "a first message without facts is answered with the first question");
        return turn;
    }

    public Task<TeamsTurn> SayAsync(string text) => SendAsync(Message(text));

    /// <summary>Posts the activity as the Teams channel does (no deliveryMode: replies go to the serviceUrl).</summary>
    public async Task<TeamsTurn> SendAsync(JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var before = connector.CallsFor(ConversationId).Count;
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(Endpoint, content);
        var body = await response.Content.ReadAsStringAsync();

        // The host delivers every reply before it answers the POST, so the calls are complete here.
        var calls = connector.CallsFor(ConversationId).Skip(before).ToList();
        return new TeamsTurn(response.StatusCode, body, activity, calls);
    }

    public void Dispose() => client.Dispose();

    private string NextMessageId() => Interlocked.Increment(ref _nextMessageId).ToString(CultureInfo.InvariantCulture);
}
