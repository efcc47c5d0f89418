using System.Net;
using System.Text.Json.Nodes;
using HeelBot.Builder.Schema;

namespace HeelBot.Teams.Tests.Support;

/// <summary>One activity Teams posted to /api/messages, the host's answer, and the calls the bot made for it.</summary>
public sealed record TeamsTurn(HttpStatusCode Status, string ResponseBody, JsonObject Incoming, IReadOnlyList<ConnectorCall> Calls)
{
    public string IncomingId => Incoming["id"]!.GetValue<string>();

    /// <summary>The activities the bot sent in this turn, in order.</summary>
    public IReadOnlyList<Activity> Replies => [.. Calls.Select(c => c.Activity)];

    /// <summary>The texts of <see cref="Replies"/>.</summary>
    public IReadOnlyList<string?> Texts => [.. Replies.Select(r => r.Text)];

    /// <summary>What the turn's last reply asks for: where the conversation stands after it.</summary>
    public string? Asks()
    {
        Replies.Should().NotBeEmpty("the bot should have answered (HTTP {0}: {1})", Status, ResponseBody);
        return Replies[^1].Turn().Asks;
    }
}
