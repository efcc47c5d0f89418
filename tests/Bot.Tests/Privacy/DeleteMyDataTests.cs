using System.Text.Encodings.Web;
using System.Text.Json;
using HeelBot.Bot.Channels.DirectLine;
using HeelBot.Bot.Tests.Support;
using HeelBot.Builder.Schema;
using HeelBot.Builder.State;
using HeelBot.Dialogs.Content;
using HeelBot.Dialogs.Privacy;
using Microsoft.Extensions.DependencyInjection;
using ChannelIds = HeelBot.Builder.Schema.Channels;

namespace HeelBot.Bot.Tests.Privacy;

/// <summary>
/// "Slet mine data" through the real host on SQLite: the person's conversation and user state, the consented copy,
/// the transcript (pending or kept) and the Direct Line history are gone from the store afterwards (the end of the
/// turn does not write them back), the reply lists what went, and another conversation is left alone.
/// </summary>
public sealed class DeleteMyDataTests
{
    private static readonly ContentCatalog Catalog = ContentCatalog.LoadEmbedded();

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
        var transcriptKey = StorageTranscriptStore.PendingKey(conversation.ChannelId, conversation.ConversationId);
        var otherKey = $"{other.ChannelId}/conversations/{other.ConversationId}";
        var otherTranscriptKey = StorageTranscriptStore.PendingKey(other.ChannelId, other.ConversationId);
        var userKey = $"{conversation.ChannelId}/users/{conversation.User.Id}";
        await storage.WriteAsync(new Dictionary<string, object>
        {
            [userKey] = new StateDocument { State = { ["seenBefore"] = true }, ETag = ETags.Any },
        });
        (await storage.ReadAsync([conversationKey, userKey, transcriptKey])).Keys.Should().BeEquivalentTo([conversationKey, userKey, transcriptKey], "all were stored before");

        // Act
        var replies = await conversation.SayAsync("slet mine data");

        // Assert
        replies.Select(r => r.Text).Should().Equal(Deleted("da", "privacy.deleted.conversation", "privacy.deleted.user", "privacy.deleted.transcript"));
        var left = await storage.ReadAsync([conversationKey, userKey, transcriptKey, otherKey, otherTranscriptKey]);
        left.Keys.Should().BeEquivalentTo([otherKey, otherTranscriptKey], "only the other conversation is still stored");
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

    [Fact]
    public async Task PostActivity_SletMineDataAfterConsent_RemovesTheKeptTranscriptAndTheConsentedState()
    {
        // Arrange
        using var folder = new TempDirectory();
        await using var app = HeelBotApplication.WithSqlite(folder.File("privacy.db"));
        var storage = app.Services.GetRequiredService<IStorage>();
        using var conversation = app.Conversation();
        await conversation.SayAsync("ondt under hælen i 2 uger, værst om morgenen, jeg er 45");
        await conversation.SayAsync("nej, ingen af dem");
        await conversation.SayAsync("Ingen af delene");
        var question = await conversation.SayAsync("Nej tak, det var alt");
        question[^1].Text.Should().StartWith(Catalog.Template("ask.consent", "da")[..20], "the guide ends with the consent question");
        await conversation.SayAsync("ja");
        string[] keys =
        [
            $"{conversation.ChannelId}/conversations/{conversation.ConversationId}",
            ConsentedConversationCopy.Key(conversation.ChannelId, conversation.ConversationId),
            StorageTranscriptStore.KeptKey(conversation.ChannelId, conversation.ConversationId),
            StorageTranscriptStore.PendingKey(conversation.ChannelId, conversation.ConversationId),
        ];
        (await storage.ReadAsync(keys)).Keys.Should().BeEquivalentTo(keys[..3], "consent moved the transcript to kept and copied the state");

        // Act
        var replies = await conversation.SayAsync("slet mine data");

        // Assert
        replies.Select(r => r.Text).Should().Equal(Deleted("da", "privacy.deleted.conversation", "privacy.deleted.user", "privacy.deleted.transcript"));
        (await storage.ReadAsync(keys)).Should().BeEmpty("nothing of the conversation is left, and the answer was not recorded");
    }

    [Fact]
    public async Task DirectLine_SletMineData_ErasesTheChatHistoryStateAndTranscript()
    {
        // Arrange
        using var folder = new TempDirectory();
        await using var app = new PrivacyApplication(folder.File("privacy.db"));
        using var client = new DirectLineClient(app.CreateClient());
        await client.StartAsync();
        string[] typed = ["Jeg har ondt under hælen om morgenen", "Ring på 20 30 40 50, jeg hedder Jens Hansen"];
        foreach (var text in typed)
        {
            await client.SayAsync(text);
        }

        var conversationKey = $"{ChannelIds.Directline}/conversations/{client.ConversationId}";
        var transcriptKey = StorageTranscriptStore.PendingKey(ChannelIds.Directline, client.ConversationId);
        (await app.Storage.ReadAsync([conversationKey, transcriptKey])).Should().HaveCount(2, "the conversation was stored before");
        (await ChunksJsonAsync(app.Storage, client.ConversationId)).Should().Contain(typed[1], "the channel keeps what was typed until then");

        // Act
        await client.SayAsync("slet mine data");

        // Assert
        (await app.Storage.ReadAsync([conversationKey, transcriptKey])).Should().BeEmpty();
        var history = await ChunksJsonAsync(app.Storage, client.ConversationId);
        foreach (var text in typed.Append("slet mine data").Append("Jens").Append("20 30 40 50"))
        {
            history.Should().NotContain(text, "the Direct Line history no longer holds \"{0}\"", text);
        }

        var activities = await client.ReadAllAsync();
        activities.Should().NotBeEmpty("the conversation and its watermarks still work");
        activities.Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text).Should().Equal(
            Deleted("da", "privacy.deleted.conversation", "privacy.deleted.user", "privacy.deleted.transcript", "privacy.deleted.history"));
        activities.Where(a => a.Type != ActivityTypes.Message).Should().OnlyContain(a => a.Type == DirectLineDelivery.MessageDelete && a.Text == null);
    }

    /// <summary>The reply to "slet mine data" listing exactly these deleted kinds of data, in this order.</summary>
    private static string Deleted(string language, params string[] items) =>
        Catalog.Text("privacy.deleted", language, new Dictionary<string, string> { ["list"] = string.Join('\n', items.Select(key => Catalog.Text(key, language))) });

    private static async Task<string> ChunksJsonAsync(IStorage storage, string conversationId)
    {
        var keys = Enumerable.Range(0, 5).Select(chunk => DirectLineStore.ChunkKey(conversationId, chunk)).ToArray();
        var items = await storage.ReadAsync(keys);
        var readable = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        // Written out again without escapes, so "på" is found however the store escaped it.
        return string.Join('\n', items.Values.OfType<DirectLineActivityChunk>().SelectMany(chunk => chunk.Activities).Select(element => JsonSerializer.Serialize(element, readable)));
    }
}
