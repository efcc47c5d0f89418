using HeelBot.Bot.Tests.Support;
using HeelBot.Builder.State;
using Microsoft.Extensions.DependencyInjection;

namespace HeelBot.Bot.Tests.Privacy;

/// <summary>
/// "Slet mine data" through the real host on SQLite: the person's conversation and user state rows are gone from
/// the store afterwards (the end of the turn does not write them back), and another conversation is left alone.
/// </summary>
public sealed class DeleteMyDataTests
{
    [Fact]
    public async Task PostActivity_SletMineDataMidGuide_RemovesConversationAndUserStateFromStorage()
    {
        // Arrange
        using var folder = new TempDirectory();
        await using var app = HeelBotApplication.WithSqlite(folder.File("privacy.db"));
        var storage = app.Services.GetRequiredService<IStorage>();
        using var conversation = app.Conversation();
        using var other = app.Conversation();
        await conversation.SayAsync("jeg har ondt under hælen om morgenen");
        await other.SayAsync("jeg har ondt bag på hælen");
        var conversationKey = $"{conversation.ChannelId}/conversations/{conversation.ConversationId}";
        var otherKey = $"{other.ChannelId}/conversations/{other.ConversationId}";
        var userKey = $"{conversation.ChannelId}/users/{conversation.User.Id}";
        await storage.WriteAsync(new Dictionary<string, object>
        {
            [userKey] = new StateDocument { State = { ["seenBefore"] = true }, ETag = ETags.Any },
        });
        (await storage.ReadAsync([conversationKey, userKey])).Keys.Should().BeEquivalentTo([conversationKey, userKey], "both were stored before");

        // Act
        var replies = await conversation.SayAsync("slet mine data");

        // Assert
        replies.Select(r => r.Text).Should().Equal(BotTexts.Text("privacy.deleted"));
        var left = await storage.ReadAsync([conversationKey, userKey, otherKey]);
        left.Keys.Should().Equal([otherKey], "only the other conversation's state is still stored");
    }

    [Fact]
    public async Task PostActivity_AfterDeleteMyData_NextMessageIsWelcomedAsNew()
    {
        // Arrange
        using var folder = new TempDirectory();
        await using var app = HeelBotApplication.WithSqlite(folder.File("privacy.db"));
        using var conversation = app.Conversation(locale: "en-GB");
        await conversation.SayAsync("my heel hurts underneath in the morning");
        await conversation.SayAsync("delete my data");

        // Act
        var next = await conversation.SayAsync("hello");

        // Assert
        next[0].Text.Should().Be(BotTexts.Text("welcome", "en"), "nothing of the old conversation was left to continue");
        (await app.ReadStateAsync(conversation)).Should().NotBeNull("the new guide is stored afresh");
    }
}
