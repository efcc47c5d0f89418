using HeelBot.Bot.Hosting;
using HeelBot.Bot.Tests.Support;
using HeelBot.Builder.State;
using HeelBot.Builder.Testing;
using HeelBot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace HeelBot.Bot.Tests.Hosting;

/// <summary>
/// One sweep of the retention job on SQLite with a fake clock (no real waiting): conversation state older than its
/// configured age is deleted on every channel, and so is the Direct Line history; newer conversations, user state,
/// SMS opt-outs and the Direct Line signing key are kept. (Transcripts and consent: tests/Bot.Tests/Privacy/TranscriptRetentionTests.)
/// </summary>
public sealed class RetentionJobTests
{
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunOnceAsync_OldAndNewState_DeletesOnlyOldConversationState()
    {
        // Arrange
        using var folder = new TempDirectory();
        var clock = new FakeTimeProvider(Start);
        using var storage = new SqliteStorage($"Data Source={folder.File("retention.db")}", clock);
        string[] oldConversations = ["webchat/conversations/old-web", "sms/conversations/old-sms", "msteams/conversations/old-teams", "dl3/conv-1", "dl3/conv-1/0"];
        string[] kept = ["webchat/users/user-1", "sms/optouts/phone-1", "dl3-keys/signing-key"];
        await WriteAsync(storage, [.. oldConversations, .. kept]);
        clock.Advance(TimeSpan.FromDays(2));
        await WriteAsync(storage, ["webchat/conversations/recent", "directline/conversations/recent", "dl3/conv-2"]);

        // Conversation state without consent is kept for a day after its last write (Retention:UnconsentedAge).
        clock.Advance(TimeSpan.FromHours(23));
        var job = new RetentionJob(storage, clock, new RetentionOptions(), NullLogger<RetentionJob>.Instance);

        // Act
        var deleted = await job.RunOnceAsync();

        // Assert
        deleted.Should().Be(oldConversations.Length);
        var left = await storage.ReadAsync([.. oldConversations, .. kept, "webchat/conversations/recent", "directline/conversations/recent"]);
        left.Keys.Should().BeEquivalentTo([.. kept, "webchat/conversations/recent", "directline/conversations/recent"]);
        (await storage.ReadAsync(["dl3/conv-2"])).Should().ContainKey("dl3/conv-2", "a Direct Line conversation written within the day stays");
    }

    [Fact]
    public async Task RunOnceAsync_ConfiguredAge_UsesItForTheCutoff()
    {
        // Arrange
        using var folder = new TempDirectory();
        var clock = new FakeTimeProvider(Start);
        using var storage = new SqliteStorage($"Data Source={folder.File("retention.db")}", clock);
        await WriteAsync(storage, ["webchat/consented/two-days-old"]);
        clock.Advance(TimeSpan.FromDays(2));
        var options = RetentionOptions.From(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Retention:ConversationStateAge"] = "1.00:00:00" })
            .Build());
        var job = new RetentionJob(storage, clock, options, NullLogger<RetentionJob>.Instance);

        // Act
        var deleted = await job.RunOnceAsync();

        // Assert
        deleted.Should().Be(1, "two days is older than the configured one day, though far from the default 30");
        options.Interval.Should().Be(TimeSpan.FromHours(1), "the interval keeps its default");
    }

    [Fact]
    public async Task ExecuteAsync_MemoryStorage_SkipsAndEnds()
    {
        // Arrange
        var storage = new MemoryStorage();
        await WriteAsync(storage, ["webchat/conversations/any"]);
        using var job = new RetentionJob(storage, new FakeTimeProvider(Start), new RetentionOptions(), NullLogger<RetentionJob>.Instance);

        // Act
        await job.StartAsync(CancellationToken.None);
        await job.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        job.ExecuteTask.IsCompletedSuccessfully.Should().BeTrue("the job has nothing to do on a store that cannot delete by age");
        (await storage.ReadAsync(["webchat/conversations/any"])).Should().ContainKey("webchat/conversations/any");
    }

    [Fact]
    public void From_ZeroAge_Throws()
    {
        // Arrange
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Retention:ConversationStateAge"] = "00:00:00" })
            .Build();

        // Act
        var read = () => RetentionOptions.From(configuration);

        // Assert
        read.Should().Throw<InvalidOperationException>().WithMessage("*ConversationStateAge*");
    }

    private static Task WriteAsync(IStorage storage, IEnumerable<string> keys) =>
        storage.WriteAsync(keys.ToDictionary(key => key, object (_) => new StateDocument { State = { ["x"] = 1 }, ETag = ETags.Any }));
}
