using HeelBot.Resilience.Tests.Support;

namespace HeelBot.Resilience.Tests.Failures;

/// <summary>
/// kill -9 of a host on PostgreSQL, between turns or while it is answering: another instance continues the
/// conversation at the same question, and nothing the person said is lost.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ProcessKillTests(PostgresServerFixture server)
{
    [Fact]
    public async Task Kill_BetweenTurns_OtherHostContinuesAtTheSameQuestion()
    {
        // Arrange
        await using var schema = await PostgresSchema.CreateAsync(server);
        var settings = HostSettings.Postgres(schema.ConnectionString);
        using var b = await HostProcess.StartAsync("B", settings);
        var conversation = new ChannelConversation();
        using (var a = await HostProcess.StartAsync("A", settings))
        {
            await ChannelConversation.SendAsync(a, conversation.MembersAdded());
            (await ChannelConversation.SendAsync(a, conversation.Message("Under hælen"))).Asks().Should().Be("timing");
            (await ChannelConversation.SendAsync(a, conversation.Message("De første skridt om morgenen"))).Asks().Should().Be("duration");

            // Act
            a.Kill();
        }

        var replies = await ChannelConversation.SendAsync(b, conversation.Message("Under 2 uger"));

        // Assert
        replies.Asks().Should().Be("age", "B continues at the duration question A had asked");
        replies[^1].Text.Should().Be(BotTexts.Text("ask.age"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    [InlineData(60)]
    public async Task Kill_WhileAnswering_ChannelRetryOnOtherHostGetsTheNextQuestionOnce(int killAfterMilliseconds)
    {
        // Arrange
        await using var schema = await PostgresSchema.CreateAsync(server);
        var settings = HostSettings.Postgres(schema.ConnectionString);
        using var b = await HostProcess.StartAsync("B", settings);
        var conversation = new ChannelConversation();
        var answer = conversation.Message("De første skridt om morgenen");
        using (var a = await HostProcess.StartAsync("A", settings))
        {
            await ChannelConversation.SendAsync(a, conversation.MembersAdded());
            (await ChannelConversation.SendAsync(a, conversation.Message("Under hælen"))).Asks().Should().Be("timing");

            // Act: the host dies with the answer in flight (before, during or after its turn was saved).
            var inFlight = ChannelConversation.PostAsync(a, answer);
            await Task.Delay(killAfterMilliseconds);
            a.Kill();
            try
            {
                (await inFlight).Dispose();
            }
            catch (HttpRequestException)
            {
                // The connection died with the host: the channel does not know whether the turn happened.
            }
        }

        var retried = await ChannelConversation.SendAsync(b, answer);
        var next = await ChannelConversation.SendAsync(b, conversation.Message("Under 2 uger"));

        // Assert
        retried.Asks().Should().Be("duration", "whether or not A had saved the turn, its answer is the duration question");
        retried[^1].Text.Should().Be(BotTexts.Text("ask.duration"));
        next.Asks().Should().Be("age", "the answer was taken once, and the next one follows it");
        (await ConversationLedger.ProcessedIdsAsync(schema, conversation)).Count(id => id == answer.Id).Should().Be(1);
    }
}
