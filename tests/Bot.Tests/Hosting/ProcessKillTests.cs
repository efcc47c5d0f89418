using HeelBot.Bot.Tests.Support;

namespace HeelBot.Bot.Tests.Hosting;

/// <summary>
/// The built host as its own process, killed without warning (SIGKILL of the whole tree) between
/// turns: a restarted host on the same database continues the conversation at the pending question.
/// </summary>
public sealed class ProcessKillTests
{
    [Fact]
    public async Task PostActivity_AfterKillAndRestart_ContinuesAtPendingQuestion()
    {
        // Arrange
        using var folder = new TempDirectory();
        var database = folder.File("kill.db");
        string conversationId;
        using (var first = await StartOnSqliteAsync("first", database))
        {
            using var conversation = new BotConversation(first.CreateClient());
            conversationId = conversation.ConversationId;
            await conversation.StartAsync();
            (await conversation.SayAsync("Under hælen")).Asks().Should().Be("timing", first.Output);
            first.Kill();
            first.HasExited.Should().BeTrue();
        }

        using var second = await StartOnSqliteAsync("second", database);
        using var resumed = new BotConversation(second.CreateClient()) { ConversationId = conversationId };

        // Act
        var replies = await resumed.SayAsync("Om morgenen");

        // Assert
        replies.Select(r => r.Text).Should().Equal([BotTexts.Text("ask.duration")], second.Output);
        replies.Asks().Should().Be("duration");
    }

    private static Task<HostProcess> StartOnSqliteAsync(string name, string databasePath) =>
        HostProcess.StartAsync(name, new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={databasePath}",
        });
}
