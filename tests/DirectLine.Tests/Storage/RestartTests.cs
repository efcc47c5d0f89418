using System.Net;
using HeelBot.DirectLine.Tests.Support;

namespace HeelBot.DirectLine.Tests.Storage;

/// <summary>The Direct Line queues live in the bot's SQLite storage: a new host on the same file carries on.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("heelbot-dl-").FullName;

    private string DatabasePath => Path.Combine(_directory, "heelbot.db");

    [Fact]
    public async Task Restart_WithSqlite_KeepsQueueWatermarkAndToken()
    {
        ConversationInfo conversation;
        ActivitySetBody before;
        string firstId;
        using (var first = DirectLineApplication.WithSqlite(DatabasePath))
        using (var client = first.RestClient())
        {
            conversation = await client.NewConversationAsync();
            firstId = await client.PostMessageAsync(conversation.Token, conversation.ConversationId, "Under hælen", "before-restart");
            before = await client.GetActivitiesAsync(conversation.Token, conversation.ConversationId);
        }

        using var second = DirectLineApplication.WithSqlite(DatabasePath);
        using var again = second.RestClient();
        var replayed = await again.GetActivitiesAsync(conversation.Token, conversation.ConversationId);
        var nothingNew = await again.GetActivitiesAsync(conversation.Token, conversation.ConversationId, before.Watermark);
        var nextId = await again.PostMessageAsync(conversation.Token, conversation.ConversationId, "De første skridt om morgenen", "after-restart");
        var newer = await again.GetActivitiesAsync(conversation.Token, conversation.ConversationId, before.Watermark);

        replayed.Activities.Select(a => a.Id).Should().Equal(before.Activities.Select(a => a.Id));
        replayed.Activities.Select(a => a.Text).Should().Equal(before.Activities.Select(a => a.Text));
        replayed.Activities.Should().Contain(a => a.Id == firstId && a.ChannelData!.Value.GetProperty("clientActivityID").GetString() == "before-restart");
        replayed.Watermark.Should().Be(before.Watermark);
        nothingNew.Activities.Should().BeEmpty();
        newer.Activities[0].Id.Should().Be(nextId);
        Sequence(nextId).Should().Be(Sequence(before.Activities.Last().Id!) + 1, "numbering continues where it stopped");
        newer.Activities.Skip(1).Should().NotBeEmpty().And.OnlyContain(a => a.ReplyToId == nextId);
        newer.Activities.Last().Entities.Should().Contain(e => e.Type == "heelbot.turn" && e.Properties!["asks"].GetString() == "duration",
            "the bot's own state survived too: location and timing are known, so it asks how long");
    }

    [Fact]
    public async Task Restart_WithoutConfiguredSecrets_StillAcceptsTheTokensItIssued()
    {
        var noSecrets = new Dictionary<string, string?> { ["DirectLine:Secrets:0"] = string.Empty };
        ConversationInfo conversation;
        using (var first = DirectLineApplication.WithSqlite(DatabasePath, noSecrets))
        using (var client = first.RestClient())
        {
            using var response = await client.SendAsync(HttpMethod.Post, "/tokens/generate", headers: new Dictionary<string, string> { ["Origin"] = "http://localhost" });
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            var generated = System.Text.Json.JsonSerializer.Deserialize<ConversationInfo>(await response.Content.ReadAsStringAsync(), Builder.Schema.BotJson.Options)!;
            conversation = await client.StartAsync(generated.Token);
        }

        using var second = DirectLineApplication.WithSqlite(DatabasePath, noSecrets);
        using var again = second.RestClient();
        var queue = await again.GetActivitiesAsync(conversation.Token, conversation.ConversationId);

        queue.Activities.Should().NotBeEmpty("the generated signing key is kept in storage, so the page's token outlives a restart");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static long Sequence(string id) => long.Parse(id.Split('|')[1], System.Globalization.CultureInfo.InvariantCulture);
}
