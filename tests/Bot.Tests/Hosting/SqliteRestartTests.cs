using HeelBot.Bot.Tests.Support;

namespace HeelBot.Bot.Tests.Hosting;

/// <summary>The conversation lives in the SQLite file, not in the process: a new host picks it up where it was.</summary>
public sealed class SqliteRestartTests
{
    [Fact]
    public async Task PostActivity_AfterHostRestartOnSameDatabase_ContinuesAtPendingQuestion()
    {
        // Arrange
        using var folder = new TempDirectory();
        var database = folder.File("restart.db");
        string conversationId;
        await using (var first = HeelBotApplication.WithSqlite(database))
        {
            using var conversation = first.Conversation();
            conversationId = conversation.ConversationId;
            await conversation.StartAsync();
            (await conversation.SayAsync("Under hælen")).Asks().Should().Be("timing");
        }

        await using var second = HeelBotApplication.WithSqlite(database);
        using var resumed = new BotConversation(second.CreateClient()) { ConversationId = conversationId };

        // Act
        var replies = await resumed.SayAsync("Om morgenen");

        // Assert
        replies.Select(r => r.Text).Should().Equal(BotTexts.Text("ask.duration"));
        replies.Asks().Should().Be("duration");
        File.Exists(database).Should().BeTrue("the state is in the configured file");
    }
}
