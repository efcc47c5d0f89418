using HeelBot.Bot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace HeelBot.Bot.Tests.Hosting;

/// <summary>
/// A conversation whose stored state can no longer be read (a damaged row, an incompatible old
/// format) must not be stuck answering "sorry" forever: the failed turn apologises and drops that
/// conversation's state, and the next message starts afresh.
/// </summary>
public sealed class UnreadableStateTests
{
    [Fact]
    public async Task PostActivity_StoredStateUnreadable_ApologisesThenStartsOver()
    {
        // Arrange
        using var folder = new TempDirectory();
        var database = folder.File("damaged.db");
        await using var app = HeelBotApplication.WithSqlite(database);
        using var conversation = app.Conversation();
        await conversation.StartAsync();
        Damage(database, $"{conversation.ChannelId}/conversations/{conversation.ConversationId}");

        // Act
        var failed = await conversation.SayAsync("Under hælen");
        var next = await conversation.SayAsync("Under hælen");

        // Assert
        failed.Select(r => r.Text).Should().Equal(BotTexts.Text("error.sorry"));
        next[0].Text.Should().Be(BotTexts.Text("welcome"), "the conversation starts over");
        next.Asks().Should().NotBeNull("and goes on to ask its questions");
    }

    private static void Damage(string database, string key)
    {
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE bot_state SET document = '{\"not json' WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        command.ExecuteNonQuery().Should().Be(1, "the conversation's state row exists");
    }
}
