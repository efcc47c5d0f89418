using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using HeelBot.Builder.Schema;

namespace HeelBot.Teams.Tests.Support;

/// <summary>
/// Stands in for the Teams Bot Connector at https://smba.trafficmanager.net/...: the host's connector HttpClient
/// sends here instead of to the network. Records every call and answers as Teams does (200 with the new id).
/// </summary>
public sealed class TeamsConnector
{
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private int _nextId;

    /// <summary>Every call so far, in the order they were made.</summary>
    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    /// <summary>The calls whose activity belongs to one conversation.</summary>
    public IReadOnlyList<ConnectorCall> CallsFor(string conversationId) =>
        [.. _calls.Where(c => c.Activity.Conversation?.Id == conversationId)];

    /// <summary>A message handler for the host's HttpClient; a new one each time the client factory asks.</summary>
    public HttpMessageHandler CreateHandler() => new Handler(this);

    private async Task<HttpResponseMessage> RecordAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options)
            ?? throw new InvalidOperationException($"The bot sent a body that is not an activity: {body}");
        _calls.Enqueue(new ConnectorCall(request.Method, request.RequestUri!, body, activity));
        var id = $"17357256{Interlocked.Increment(ref _nextId):D5}";
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent($$"""{"id":"{{id}}"}""", Encoding.UTF8, "application/json"),
        };
    }

    private sealed class Handler(TeamsConnector connector) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            connector.RecordAsync(request, cancellationToken);
    }
}
