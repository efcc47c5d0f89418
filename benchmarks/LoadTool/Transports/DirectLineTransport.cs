using System.Net.Http.Headers;
using System.Text.Json;
using HeelBot.LoadTool.People;

namespace HeelBot.LoadTool.Transports;

/// <summary>
/// Direct Line 3.0 as a server-side client speaks it: start a conversation with the secret (201, the welcome is
/// queued), then with the conversation's token post each message and fetch the bot's answer with
/// <c>GET …/activities?watermark=</c>. HeelBot's POST returns once the bot has answered, so one GET per turn
/// collects the replies; a turn is those two requests.
/// </summary>
public sealed class DirectLineTransport(HttpClient http, Uri baseUrl, string secret) : IChatTransport
{
    private readonly Uri _conversations = new(baseUrl, "v3/directline/conversations");
    private readonly HttpClient _http = http;

    public async Task<ChatOpening> OpenAsync(string conversationId, string userId, string locale, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _conversations);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        request.Content = ActivityJson.Content(w =>
        {
            ActivityJson.Account(w, "user", userId);
            w.WriteString("locale", locale);
        });
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        using var body = await ActivityJson.ReadAsync(response, "POST /v3/directline/conversations", cancellationToken).ConfigureAwait(false);
        var root = body.RootElement;
        var id = root.TryGetProperty("conversationId", out var idValue) ? idValue.GetString() : null;
        var token = root.TryGetProperty("token", out var tokenValue) ? tokenValue.GetString() : null;
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(token))
        {
            throw new TurnFailedException("POST /v3/directline/conversations: no conversationId or token in the answer");
        }

        var session = new Session(this, id, token, userId, locale);
        var welcome = await session.FetchAsync(cancellationToken).ConfigureAwait(false);
        return new ChatOpening(session, welcome, WasTurn: true);
    }

    private sealed class Session(DirectLineTransport transport, string conversationId, string token, string userId, string locale) : IChatSession
    {
        private readonly Uri _activities = new($"{transport._conversations}/{Uri.EscapeDataString(conversationId)}/activities");
        private string? _watermark;

        public async Task<IReadOnlyList<BotReply>> SendAsync(string text, CancellationToken cancellationToken)
        {
            using (var request = new HttpRequestMessage(HttpMethod.Post, _activities))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                request.Content = ActivityJson.Content(w =>
                {
                    w.WriteString("type", "message");
                    ActivityJson.Account(w, "from", userId, "user");
                    w.WriteString("locale", locale);
                    w.WriteString("text", text);
                });
                using var response = await transport._http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                using var _ = await ActivityJson.ReadAsync(response, "POST …/activities", cancellationToken).ConfigureAwait(false);
            }

            return await FetchAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The bot's messages after the watermark (the person's own echoes are skipped).</summary>
        public async Task<IReadOnlyList<BotReply>> FetchAsync(CancellationToken cancellationToken)
        {
            var url = _watermark is null ? _activities : new Uri(_activities + "?watermark=" + Uri.EscapeDataString(_watermark));
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await transport._http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            using var body = await ActivityJson.ReadAsync(response, "GET …/activities", cancellationToken).ConfigureAwait(false);
            var root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("activities", out var activities))
            {
                throw new TurnFailedException("GET …/activities: no ActivitySet in the answer");
            }

            if (root.TryGetProperty("watermark", out var watermark) && watermark.ValueKind == JsonValueKind.String)
            {
                _watermark = watermark.GetString();
            }

            return ReplyParser.Messages(activities, skipFromId: userId);
        }
    }
}
