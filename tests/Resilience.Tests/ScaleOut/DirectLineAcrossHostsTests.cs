using System.Net.WebSockets;
using System.Text.Json;
using HeelBot.Resilience.Tests.Support;

namespace HeelBot.Resilience.Tests.ScaleOut;

/// <summary>
/// The web chat's Direct Line stream when the instance holding the WebSocket is not the one that takes the messages:
/// the real botframework-directlinejs client streams from B while the person's messages are posted to A, and the bot's
/// replies reach B's stream at once (PostgreSQL LISTEN/NOTIFY, not a periodic re-read: that is set to minutes here),
/// in order, with the watermarks of the shared queue.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DirectLineAcrossHostsTests(PostgresServerFixture server)
{
    /// <summary>Far longer than any wait below, so only a notification can bring an activity in time.</summary>
    private const string ResyncInterval = "00:10:00";

    /// <summary>From the moment A has stored the reply; generous for a loaded machine, and still a sixtieth of the resync.</summary>
    private static readonly TimeSpan LiveDelivery = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Stream_MessagesPostedThroughOtherHost_RepliesArriveLiveInOrderWithSharedWatermarks(bool webSocket)
    {
        // Arrange
        await using var schema = await PostgresSchema.CreateAsync(server);
        var settings = HostSettings.Postgres(schema.ConnectionString);
        settings["DirectLine:StreamResyncInterval"] = ResyncInterval;
        using var a = await HostProcess.StartAsync("A", settings);
        using var b = await HostProcess.StartAsync("B", settings);
        var (conversationId, token) = await DirectLineRestClient.StartAsync(a);
        using var client = NodeStream.Start(new
        {
            domain = new Uri(b.BaseAddress, DirectLineRestClient.BasePath).ToString(),
            conversationId,
            token,
            webSocket,
            timeoutMs = 120_000,
        });
        await client.WaitForAsync(c => c.IsReady && c.Activities.Any(x => x.GetProperty("asks").GetString() == "location"), "the welcome from A, replayed by B", TimeSpan.FromSeconds(30));

        // Act: each message goes to A; its answer must show up on B's stream.
        string[] answers = ["Under hælen", "De første skridt om morgenen", "Under 2 uger"];
        foreach (var answer in answers)
        {
            // The post returns once A has stored the bot's answer.
            var id = await DirectLineRestClient.SayAsync(a, conversationId, token, answer);
            await client.WaitForAsync(
                c => c.Activities.Any(x => x.GetProperty("role").GetString() == "bot" && x.GetProperty("replyToId").GetString() == id && x.GetProperty("asks").ValueKind == JsonValueKind.String),
                $"B's stream to carry the question answering '{answer}' posted to A",
                LiveDelivery);
        }

        // Assert
        var streamed = client.Activities;
        var (queue, watermark) = await DirectLineRestClient.GetAsync(a, conversationId, token);
        var (queueOnB, watermarkOnB) = await DirectLineRestClient.GetAsync(b, conversationId, token);
        streamed.Select(x => x.GetProperty("id").GetString()).Should().Equal(queue.Select(x => x.Id), "the client saw A's queue exactly, in order:\n{0}", client.Transcript);
        queueOnB.Select(x => x.Id).Should().Equal(queue.Select(x => x.Id), "polling either host gives the same queue");
        watermarkOnB.Should().Be(watermark);
        streamed[^1].GetProperty("watermark").GetString().Should().Be(watermark, "the client's watermark is the queue's");
        streamed.Where(x => x.GetProperty("role").GetString() == "bot").Select(x => x.GetProperty("asks").GetString()).Where(x => x is not null)
            .Should().Equal(["location", "timing", "duration", "age"], "each answer got its next question");
        streamed.Where(x => x.GetProperty("role").GetString() == "user").Select(x => x.GetProperty("text").GetString()).Should().Equal(answers, "every echo arrived");
    }

    [Fact]
    public async Task Stream_OpenedOnOtherHost_ClosesTheOlderStreamWithCollision()
    {
        // Arrange
        await using var schema = await PostgresSchema.CreateAsync(server);
        var settings = HostSettings.Postgres(schema.ConnectionString);
        settings["DirectLine:StreamResyncInterval"] = ResyncInterval;
        using var a = await HostProcess.StartAsync("A", settings);
        using var b = await HostProcess.StartAsync("B", settings);
        var (conversationId, token) = await DirectLineRestClient.StartAsync(a);
        using var older = new ClientWebSocket();
        await older.ConnectAsync(StreamUri(a, conversationId, token), CancellationToken.None);
        await ReceiveTextAsync(older, TimeSpan.FromSeconds(10));

        // Act
        using var newer = new ClientWebSocket();
        await newer.ConnectAsync(StreamUri(b, conversationId, token), CancellationToken.None);

        // Assert
        var closed = await ReceiveUntilClosedAsync(older, TimeSpan.FromSeconds(10));
        closed.Should().BeTrue("one stream per conversation: the one on A closes when B's opens");
        older.CloseStatusDescription.Should().Be("collision");
        newer.State.Should().Be(WebSocketState.Open);
        (await ReceiveTextAsync(newer, TimeSpan.FromSeconds(10))).Should().Contain("activities", "the newer stream replays the queue");
    }

    [Fact]
    public async Task Stream_StreamingHostLostTheDatabaseMeanwhile_CatchesUpOnceItIsBack()
    {
        // Arrange: B reaches the database through a forwarder the test cuts; A does not.
        await using var schema = await PostgresSchema.CreateAsync(server);
        await using var forwarder = TcpForwarder.Start(schema.Server.Host, schema.Server.Port);
        var settings = HostSettings.Postgres(schema.ConnectionString);
        settings["DirectLine:StreamResyncInterval"] = ResyncInterval;
        var settingsB = HostSettings.Postgres(schema.ConnectionStringVia("127.0.0.1", forwarder.Port));
        settingsB["DirectLine:StreamResyncInterval"] = ResyncInterval;
        using var a = await HostProcess.StartAsync("A", settings);
        using var b = await HostProcess.StartAsync("B", settingsB);
        var (conversationId, token) = await DirectLineRestClient.StartAsync(a);
        using var stream = new ClientWebSocket();
        await stream.ConnectAsync(StreamUri(b, conversationId, token), CancellationToken.None);
        var welcome = ActivitySet(await ReceiveTextAsync(stream, TimeSpan.FromSeconds(10)));

        // Act: B's notifications connection dies while A answers a message; then the database is back for B.
        forwarder.Cut();
        var id = await DirectLineRestClient.SayAsync(a, conversationId, token, "Under hælen");
        await Task.Delay(TimeSpan.FromSeconds(1));
        forwarder.Restore();
        var sets = new List<(IReadOnlyList<JsonElement> Activities, long Watermark)> { welcome };
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!sets.SelectMany(set => set.Activities).Any(x => x.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() == id))
        {
            sets.Add(ActivitySet(await ReceiveTextAsync(stream, TimeSpan.FromSeconds(20), deadline.Token)));
        }

        // Assert
        var (queue, watermark) = await DirectLineRestClient.GetAsync(a, conversationId, token);
        sets.SelectMany(set => set.Activities).Select(x => x.GetProperty("id").GetString()).Should().Equal(queue.Select(x => x.Id), "B's stream caught up with the whole queue, in order, nothing twice");
        sets[^1].Watermark.Should().Be(long.Parse(watermark!, System.Globalization.CultureInfo.InvariantCulture));
        sets.Select(set => set.Watermark).Should().BeInAscendingOrder();
        b.Output.Should().Contain("PostgreSQL notifications: the listening connection", "B noticed the lost connection and listened again");
    }

    private static (IReadOnlyList<JsonElement> Activities, long Watermark) ActivitySet(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        return ([.. root.GetProperty("activities").EnumerateArray().Select(x => x.Clone())],
            long.Parse(root.GetProperty("watermark").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Uri StreamUri(HostProcess host, string conversationId, string token) =>
        new($"ws://{host.BaseAddress.Authority}{DirectLineRestClient.BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}");

    private static async Task<string> ReceiveTextAsync(ClientWebSocket socket, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, deadline.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        result.MessageType.Should().Be(WebSocketMessageType.Text);
        return System.Text.Encoding.UTF8.GetString(message.ToArray());
    }

    private static async Task<bool> ReceiveUntilClosedAsync(ClientWebSocket socket, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, deadline.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return true;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (WebSocketException)
        {
            return socket.State is WebSocketState.Closed or WebSocketState.CloseReceived;
        }
    }
}
