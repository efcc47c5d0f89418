using System.Globalization;
using System.Text.Json;
using HeelBot.LoadTool.People;

namespace HeelBot.LoadTool.Transports;

/// <summary>
/// <c>POST /api/messages</c> with <c>deliveryMode: "expectReplies"</c>, as a channel (or the Bot Framework Emulator)
/// would send it: the bot's replies come back in the response body, so a turn is one request.
/// </summary>
public sealed class MessagesTransport(HttpClient http, Uri baseUrl, string channelId = "webchat") : IChatTransport
{
    private readonly Uri _endpoint = new(baseUrl, "api/messages");
    private readonly HttpClient _http = http;
    private readonly string _channelId = channelId;

    public Task<ChatOpening> OpenAsync(string conversationId, string userId, string locale, CancellationToken cancellationToken) =>
        Task.FromResult(new ChatOpening(new Session(this, conversationId, userId, locale), [], WasTurn: false));

    private sealed class Session(MessagesTransport transport, string conversationId, string userId, string locale) : IChatSession
    {
        private int _sequence;

        public async Task<IReadOnlyList<BotReply>> SendAsync(string text, CancellationToken cancellationToken)
        {
            var id = (++_sequence).ToString(CultureInfo.InvariantCulture);
            using var content = ActivityJson.Content(w =>
            {
                w.WriteString("type", "message");
                w.WriteString("id", id);
                w.WriteString("channelId", transport._channelId);
                w.WriteString("serviceUrl", "http://127.0.0.1/");
                w.WriteString("deliveryMode", "expectReplies");
                w.WriteString("timestamp", DateTimeOffset.UtcNow);
                ActivityJson.Account(w, "conversation", conversationId);
                ActivityJson.Account(w, "from", userId, "user");
                ActivityJson.Account(w, "recipient", "bot", "bot");
                w.WriteString("locale", locale);
                w.WriteString("text", text);
            });
            using var response = await transport._http.PostAsync(transport._endpoint, content, cancellationToken).ConfigureAwait(false);
            using var body = await ActivityJson.ReadAsync(response, "POST /api/messages", cancellationToken).ConfigureAwait(false);
            return body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("activities", out var activities)
                ? ReplyParser.Messages(activities)
                : throw new TurnFailedException("POST /api/messages: the expectReplies body has no 'activities'");
        }
    }
}
