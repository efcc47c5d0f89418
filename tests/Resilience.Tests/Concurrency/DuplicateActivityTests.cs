using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using HeelBot.Builder.Schema;
using HeelBot.Resilience.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace HeelBot.Resilience.Tests.Concurrency;

/// <summary>
/// A channel that sends the same activity id again (its retry after a timeout or an error) gets the replies of the
/// one turn that id caused, from whichever instance it reaches, one after the other or at the same moment. That is
/// also how a failed delivery loses nothing: the host answers the channel 502, and the channel's retry delivers the
/// question the person never saw, instead of taking their answer for the answer to it.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DuplicateActivityTests(PostgresServerFixture server)
{
    [Fact]
    public async Task Retry_SameIdOnOtherHostAfterwards_GetsTheSameRepliesAndChangesNothing()
    {
        // Arrange
        await using var schema = await PostgresSchema.CreateAsync(server);
        var settings = HostSettings.Postgres(schema.ConnectionString);
        using var a = await HostProcess.StartAsync("A", settings);
        using var b = await HostProcess.StartAsync("B", settings);
        var conversation = new ChannelConversation();
        await ChannelConversation.SendAsync(a, conversation.MembersAdded());
        await ChannelConversation.SendAsync(a, conversation.Message("Under hælen"));
        var answer = conversation.Message("De første skridt om morgenen");
        var first = await ChannelConversation.SendAsync(a, answer);
        var eTag = await ConversationLedger.ETagAsync(schema, conversation);

        // Act
        var retry = await ChannelConversation.SendAsync(b, answer);

        // Assert
        first.Asks().Should().Be("duration");
        Describe(retry).Should().Equal(Describe(first), "the retry is answered with what the turn said");
        (await ConversationLedger.ETagAsync(schema, conversation)).Should().Be(eTag, "the retry was not run again: nothing was written");
        (await ChannelConversation.SendAsync(b, conversation.Message("Under 2 uger"))).Asks().Should().Be("age", "the conversation is where one turn left it");
    }

    [Fact]
    public async Task Retry_SameIdOnBothHostsAtOnce_ProcessedOnceAndBothGetItsReplies()
    {
        // Arrange
        await using var schema = await PostgresSchema.CreateAsync(server);
        var settings = HostSettings.Postgres(schema.ConnectionString);
        using var a = await HostProcess.StartAsync("A", settings);
        using var b = await HostProcess.StartAsync("B", settings);
        var conversation = new ChannelConversation();
        await ChannelConversation.SendAsync(a, conversation.MembersAdded());
        await ChannelConversation.SendAsync(a, conversation.Message("Under hælen"));
        var answer = conversation.Message("De første skridt om morgenen");

        // Act
        var both = await Task.WhenAll(ChannelConversation.SendAsync(a, answer), ChannelConversation.SendAsync(b, answer));

        // Assert
        both[0].Asks().Should().Be("duration", "processed as the answer to the timing question");
        Describe(both[1]).Should().Equal(Describe(both[0]), "the duplicate gets the same replies, not a second turn's");
        (await ConversationLedger.ProcessedIdsAsync(schema, conversation)).Count(id => id == answer.Id).Should().Be(1);
        (await ChannelConversation.SendAsync(a, conversation.Message("Under 2 uger"))).Asks().Should().Be("age", "the conversation is where one turn left it");
    }

    [Fact]
    public async Task Retry_AfterDeliveryToChannelFailed_DeliversTheUnseenQuestionAndTheAnswerIsNotUsedUp()
    {
        // Arrange: a Connector service that fails the first reply it is sent, then works.
        await using var schema = await PostgresSchema.CreateAsync(server);
        var settings = HostSettings.Postgres(schema.ConnectionString);
        using var a = await HostProcess.StartAsync("A", settings);
        using var b = await HostProcess.StartAsync("B", settings);
        var delivered = new ConcurrentQueue<Activity>();
        var failuresLeft = 1;
        await using var channel = await LoopbackServer.StartAsync(async http =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync(http.RequestAborted);
            if (Interlocked.Decrement(ref failuresLeft) >= 0)
            {
                http.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return;
            }

            delivered.Enqueue(JsonSerializer.Deserialize<Activity>(body, BotJson.Options)!);
            await http.Response.WriteAsJsonAsync(new { id = $"reply-{delivered.Count}" }, http.RequestAborted);
        });
        var conversation = new ChannelConversation();
        await ChannelConversation.SendAsync(a, conversation.MembersAdded());
        var answer = conversation.Message("Under hælen");
        answer.DeliveryMode = null;
        answer.ServiceUrl = new Uri(channel.BaseAddress, "/amer/").ToString();

        // Act
        using var failed = await ChannelConversation.PostAsync(a, answer);
        using var retried = await ChannelConversation.PostAsync(b, answer);

        // Assert
        failed.StatusCode.Should().Be(HttpStatusCode.BadGateway, "the host says it could not deliver:\n{0}", a.Output);
        retried.StatusCode.Should().Be(HttpStatusCode.OK, b.Output);
        delivered.Should().NotBeEmpty();
        delivered.Last().Text.Should().Be(BotTexts.Text("ask.timing"), "the retry delivers the question the first attempt could not");
        delivered.Last().Turn().Asks.Should().Be("timing");
        var next = await ChannelConversation.SendAsync(a, conversation.Message("De første skridt om morgenen"));
        next.Asks().Should().Be("duration", "the person's answer to the unseen question is taken as that answer");
    }

    private static IReadOnlyList<string> Describe(IReadOnlyList<Activity> replies) =>
        [.. replies.Select(r => $"{r.Text} | asks={r.Turn().Asks} | replyTo={r.ReplyToId}")];
}
