using System.Net.WebSockets;
using System.Text;
using HeelBot.Builder.Schema;
using HeelBot.DirectLine.Tests.Support;
using Microsoft.AspNetCore.TestHost;

namespace HeelBot.DirectLine.Tests.Streams;

public sealed class StreamTests : IDisposable
{
    private readonly DirectLineApplication _app = new();
    private readonly DirectLineRestClient _client;

    public StreamTests() => _client = _app.RestClient();

    [Fact]
    public async Task Connect_ReplaysEverythingQueuedBeforeTheSocketOpened()
    {
        var conversation = await _client.NewConversationAsync();
        var id = await _client.PostMessageAsync(conversation.Token, conversation.ConversationId, "Under hælen", "posted-before-connect");
        var queued = await _client.GetActivitiesAsync(conversation.Token, conversation.ConversationId);

        using var socket = await ConnectAsync(conversation.StreamUrl!);
        var stream = new ActivityStream(socket);
        await stream.ReadUntilAsync(received => received.Count >= queued.Activities.Count, "the whole queue is replayed");

        stream.Received.Select(a => a.Id).Should().Equal(queued.Activities.Select(a => a.Id));
        stream.Received.Should().Contain(a => a.Id == id && a.ChannelData!.Value.GetProperty("clientActivityID").GetString() == "posted-before-connect",
            "DirectLineJS often posts before its socket is open; without the replay Web Chat never sees the echo");
        stream.Watermark.Should().Be(queued.Watermark);
    }

    [Fact]
    public async Task Connect_WithWatermark_ReplaysOnlyWhatCameAfterIt()
    {
        var conversation = await _client.NewConversationAsync();
        var welcome = await _client.GetActivitiesAsync(conversation.Token, conversation.ConversationId);
        await _client.PostMessageAsync(conversation.Token, conversation.ConversationId, "Under hælen");
        var newer = await _client.GetActivitiesAsync(conversation.Token, conversation.ConversationId, welcome.Watermark);

        using var socket = await ConnectAsync($"{conversation.StreamUrl}&watermark={welcome.Watermark}");
        var stream = new ActivityStream(socket);
        await stream.ReadUntilAsync(received => received.Count >= newer.Activities.Count, "the activities after the watermark arrive");

        stream.Received.Select(a => a.Id).Should().Equal(newer.Activities.Select(a => a.Id));
    }

    [Fact]
    public async Task OpenSocket_GetsEchoAndRepliesOfLaterPostsPushedWhileClientPings()
    {
        var conversation = await _client.NewConversationAsync();
        var welcome = await _client.GetActivitiesAsync(conversation.Token, conversation.ConversationId);
        using var socket = await ConnectAsync(conversation.StreamUrl!);
        var stream = new ActivityStream(socket);
        await stream.ReadUntilAsync(received => received.Count >= welcome.Activities.Count, "the welcome is replayed");

        // DirectLineJS pings with empty strings; the server must simply ignore them.
        await socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        var id = await _client.PostMessageAsync(conversation.Token, conversation.ConversationId, "De første skridt om morgenen", "pushed");
        await stream.ReadUntilAsync(received => received.Any(a => a.ReplyToId == id && Asks(a) is not null), "the bot's next question arrives");

        var pushed = stream.Received.Skip(welcome.Activities.Count).ToList();
        pushed[0].Id.Should().Be(id);
        pushed[0].ChannelData!.Value.GetProperty("clientActivityID").GetString().Should().Be("pushed");
        pushed.Skip(1).Should().OnlyContain(a => a.ReplyToId == id && a.From!.Role == "bot");
    }

    [Fact]
    public async Task SecondSocket_ClosesTheFirstWithCollision()
    {
        var conversation = await _client.NewConversationAsync();
        using var first = await ConnectAsync(conversation.StreamUrl!);
        var firstStream = new ActivityStream(first);
        await firstStream.ReadUntilAsync(received => received.Count > 0, "the first socket is serving");

        using var second = await ConnectAsync(conversation.StreamUrl!);
        string? frame;
        do
        {
            frame = await firstStream.ReadFrameAsync();
        }
        while (frame is not null);

        first.CloseStatusDescription.Should().Be("collision");
        var secondStream = new ActivityStream(second);
        await secondStream.ReadUntilAsync(received => received.Count > 0, "the newer socket keeps the conversation");
    }

    [Fact]
    public async Task Connect_WithTokenOfAnotherConversationOrNoToken_IsRefused()
    {
        var mine = await _client.NewConversationAsync();
        var theirs = await _client.NewConversationAsync();
        var foreignUrl = theirs.StreamUrl!.Replace(Uri.EscapeDataString(theirs.Token), Uri.EscapeDataString(mine.Token), StringComparison.Ordinal);
        var noTokenUrl = theirs.StreamUrl![..theirs.StreamUrl!.IndexOf("?t=", StringComparison.Ordinal)];

        var foreign = async () => await ConnectAsync(foreignUrl);
        var anonymous = async () => await ConnectAsync(noTokenUrl);

        (await foreign.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("403");
        (await anonymous.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("401");
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }

    private static string? Asks(Activity activity) =>
        activity.Entities?.FirstOrDefault(e => e.Type == "heelbot.turn")?.Properties?.TryGetValue("asks", out var asks) == true ? asks.GetString() : null;

    private async Task<WebSocket> ConnectAsync(string streamUrl)
    {
        var client = _app.Server.CreateWebSocketClient();
        return await client.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
    }
}
