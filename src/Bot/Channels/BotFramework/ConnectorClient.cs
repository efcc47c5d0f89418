using System.Net.Http.Headers;
using System.Net.Http.Json;
using HeelBot.Bot.Authentication;
using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;

namespace HeelBot.Bot.Channels.BotFramework;

/// <summary>
/// The Bot Connector REST calls HeelBot makes: replies go to
/// <c>{serviceUrl}/v3/conversations/{conversationId}/activities[/{replyToId}]</c>. Only ever built for the
/// serviceUrl of a request the channel authenticator accepted, because every call carries the bot's token
/// from <paramref name="tokens"/> (none in anonymous mode, or when no provider is given).
/// </summary>
public sealed class ConnectorClient(HttpClient httpClient, IChannelTokenProvider? tokens = null) : IActivityDelivery
{
    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var path = activity.ReplyToId is { Length: > 0 } replyToId
            ? $"{ConversationPath(activity)}/activities/{Uri.EscapeDataString(replyToId)}"
            : $"{ConversationPath(activity)}/activities";
        using var response = await SendAsync(HttpMethod.Post, Url(activity.ServiceUrl, path), activity, cancellationToken).ConfigureAwait(false);
        return await ReadResourceResponseAsync(response, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var id = activity.Id ?? throw new ArgumentException("An update needs the id of the activity to replace.", nameof(activity));
        var path = $"{ConversationPath(activity)}/activities/{Uri.EscapeDataString(id)}";
        using var response = await SendAsync(HttpMethod.Put, Url(activity.ServiceUrl, path), activity, cancellationToken).ConfigureAwait(false);
        return await ReadResourceResponseAsync(response, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var conversationId = reference.Conversation?.Id ?? throw new ArgumentException("No conversation id.", nameof(reference));
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(reference.ActivityId ?? string.Empty)}";
        using var response = await SendAsync(HttpMethod.Delete, Url(reference.ServiceUrl, path), null, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri url, Activity? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: BotJson.Options);
        }

        if (tokens is not null && await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static string ConversationPath(Activity activity)
    {
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("An outgoing activity needs conversation.id.", nameof(activity));
        return $"v3/conversations/{Uri.EscapeDataString(conversationId)}";
    }

    /// <summary>serviceUrls may carry a path (".../amer/"); keep it and append ours.</summary>
    private static Uri Url(string? serviceUrl, string relative)
    {
        if (string.IsNullOrEmpty(serviceUrl) || !Uri.TryCreate(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute, out var baseUri))
        {
            throw new ArgumentException($"'{serviceUrl}' is not an absolute serviceUrl.", nameof(serviceUrl));
        }

        return new Uri(baseUri, relative);
    }

    private static async Task<ResourceResponse> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The channel answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
        }

        if (response.Content.Headers.ContentLength is 0)
        {
            return new ResourceResponse(null);
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<ResourceResponse>(BotJson.Options, cancellationToken).ConfigureAwait(false) ?? new ResourceResponse(null);
        }
        catch (System.Text.Json.JsonException)
        {
            // Some channels answer 200 with an empty or non-JSON body; the send still succeeded.
            return new ResourceResponse(null);
        }
    }
}
