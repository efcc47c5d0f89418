using HeelBot.Builder.Schema;
using HeelBot.Resilience.Tests.Support;

namespace HeelBot.Resilience.Tests.Concurrency;

/// <summary>
/// A double-clicked button: two messages with the same text but their own ids arrive at the same moment on one
/// conversation, on one host or one on each. Both are answered sensibly (no error), both turns are in the stored
/// state one after the other (no lost update), and the conversation goes on from there.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DoubleClickTests(PostgresServerFixture server)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DoubleClick_TwoIdenticalMessagesAtOnce_BothAnsweredAndNeitherLost(bool acrossHosts)
    {
        // Arrange
        await using var schema = await PostgresSchema.CreateAsync(server);
        var settings = HostSettings.Postgres(schema.ConnectionString);
        using var a = await HostProcess.StartAsync("A", settings);
        using var b = acrossHosts ? await HostProcess.StartAsync("B", settings) : null;
        var second = b ?? a;
        var conversation = new ChannelConversation();
        await ChannelConversation.SendAsync(a, conversation.MembersAdded());
        var before = await ConversationLedger.ProcessedIdsAsync(schema, conversation);

        // Act: two rounds, a double click on the location buttons and one on the timing buttons.
        var location = await ClickTwiceAsync(a, second, conversation, "Under hælen");
        var timing = await ClickTwiceAsync(a, second, conversation, "De første skridt om morgenen");
        var next = await ChannelConversation.SendAsync(a, conversation.Message("Under 2 uger"));

        // Assert
        foreach (var (clicks, question) in new[] { (location, "timing"), (timing, "duration") })
        {
            clicks.Should().AllSatisfy(replies => replies.Should().NotBeEmpty("every click is answered"));
            clicks.Should().Contain(replies => replies.Asks() == question, "one click answered the question and got the next one");
            clicks.Should().AllSatisfy(replies => replies.Asks().Should().Be(question, "the other click is answered from where the first left the conversation (texts: {0})", string.Join(" / ", replies.Select(r => r.Text))));
        }

        var ledger = await ConversationLedger.ProcessedIdsAsync(schema, conversation);
        ledger.Except(before).Should().HaveCount(5, "both clicks of both rounds and the next message were each processed once");
        next.Asks().Should().Be("age", "the conversation went on from the duration question");
    }

    private static async Task<IReadOnlyList<Activity>[]> ClickTwiceAsync(HostProcess first, HostProcess second, ChannelConversation conversation, string text)
    {
        var one = conversation.Message(text);
        var two = conversation.Message(text);
        return await Task.WhenAll(ChannelConversation.SendAsync(first, one), ChannelConversation.SendAsync(second, two));
    }
}
