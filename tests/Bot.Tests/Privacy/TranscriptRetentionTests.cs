using HeelBot.Bot.Hosting;
using HeelBot.Bot.Tests.Support;
using HeelBot.Builder.Schema;
using HeelBot.Builder.State;
using HeelBot.Builder.Testing;
using HeelBot.Dialogs.Privacy;
using HeelBot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using ChannelIds = HeelBot.Builder.Schema.Channels;

namespace HeelBot.Bot.Tests.Privacy;

/// <summary>
/// The retention job on SQLite with a fake clock: without consent, the conversation state and the pending transcript
/// go after Retention:UnconsentedAge; with consent, the kept transcript goes after Retention:TranscriptAge and the
/// consented state after Retention:ConversationStateAge – each to the hour, not before.
/// </summary>
public sealed class TranscriptRetentionTests
{
    private const string Channel = ChannelIds.Webchat;
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TranscriptConsent Consent = new(Start, "ask.consent/da/0123456789ab");

    [Fact]
    public async Task RunOnceAsync_NoConsent_DeletesPendingTranscriptAndStateAfterUnconsentedAgeOnly()
    {
        // Arrange
        using var folder = new TempDirectory();
        var clock = new FakeTimeProvider(Start);
        using var storage = new SqliteStorage($"Data Source={folder.File("retention.db")}", clock);
        var transcripts = new StorageTranscriptStore(storage);
        await transcripts.LogActivitiesAsync(Channel, "left", [Message("ondt under hælen")]);
        await WriteStateAsync(storage, $"{Channel}/conversations/left");
        var job = new RetentionJob(storage, clock, new RetentionOptions(), NullLogger<RetentionJob>.Instance);

        // Act
        clock.Advance(TimeSpan.FromHours(23));
        var early = await job.RunOnceAsync();
        clock.Advance(TimeSpan.FromHours(2));
        var due = await job.RunOnceAsync();

        // Assert
        early.Should().Be(0, "23 hours is within the default 24");
        due.Should().Be(3, "the state, and the transcript's head and its one segment");
        (await transcripts.GetTranscriptAsync(Channel, "left")).Should().BeNull();
        (await storage.ReadAsync([$"{Channel}/conversations/left"])).Should().BeEmpty();
    }

    [Fact]
    public async Task RunOnceAsync_Consent_KeepsTranscriptForTranscriptAgeAndStateForConversationStateAge()
    {
        // Arrange
        using var folder = new TempDirectory();
        var clock = new FakeTimeProvider(Start);
        using var storage = new SqliteStorage($"Data Source={folder.File("retention.db")}", clock);
        var transcripts = new StorageTranscriptStore(storage);
        await transcripts.LogActivitiesAsync(Channel, "agreed", [Message("ondt under hælen")]);
        await transcripts.KeepTranscriptAsync(Channel, "agreed", Consent);
        await WriteStateAsync(storage, $"{Channel}/conversations/agreed");
        await new ConsentedConversationCopy(storage).WriteAsync(Channel, "agreed", new Dictionary<string, object> { ["x"] = 1 });
        var job = new RetentionJob(storage, clock, new RetentionOptions(), NullLogger<RetentionJob>.Instance);
        var consentedKey = ConsentedConversationCopy.Key(Channel, "agreed");

        // Act and assert, day by day
        clock.Advance(TimeSpan.FromDays(2));
        (await job.RunOnceAsync()).Should().Be(1, "the live state goes after a day; the consented copy stays");
        (await storage.ReadAsync([consentedKey])).Should().ContainKey(consentedKey);

        clock.Advance(TimeSpan.FromDays(27));
        (await job.RunOnceAsync()).Should().Be(0, "29 days is within the 30 days of consented state");

        clock.Advance(TimeSpan.FromDays(2));
        (await job.RunOnceAsync()).Should().Be(1, "the consented state goes after 30 days");
        (await storage.ReadAsync([consentedKey])).Should().BeEmpty();
        (await transcripts.GetTranscriptAsync(Channel, "agreed"))!.Status.Should().Be(TranscriptStatus.Kept);

        clock.Advance(TimeSpan.FromDays(58));
        (await job.RunOnceAsync()).Should().Be(0, "89 days is within the 90 the person agreed to");

        clock.Advance(TimeSpan.FromDays(2));
        (await job.RunOnceAsync()).Should().Be(2, "the kept transcript's head and its one segment");
        (await transcripts.GetTranscriptAsync(Channel, "agreed")).Should().BeNull("the kept transcript goes after 90 days");
    }

    [Fact]
    public async Task RunOnceAsync_ConfiguredAges_AreTheCutoffs()
    {
        // Arrange
        using var folder = new TempDirectory();
        var clock = new FakeTimeProvider(Start);
        using var storage = new SqliteStorage($"Data Source={folder.File("retention.db")}", clock);
        var transcripts = new StorageTranscriptStore(storage);
        await transcripts.LogActivitiesAsync(Channel, "pending", [Message("hej")]);
        await transcripts.LogActivitiesAsync(Channel, "kept", [Message("hej")]);
        await transcripts.KeepTranscriptAsync(Channel, "kept", Consent);
        var options = RetentionOptions.From(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Retention:UnconsentedAge"] = "00:30:00",
                ["Retention:TranscriptAge"] = "2.00:00:00",
            })
            .Build());
        var job = new RetentionJob(storage, clock, options, NullLogger<RetentionJob>.Instance);

        // Act
        clock.Advance(TimeSpan.FromHours(1));
        var afterAnHour = await job.RunOnceAsync();
        clock.Advance(TimeSpan.FromDays(2));
        var afterTwoDays = await job.RunOnceAsync();

        // Assert
        afterAnHour.Should().Be(2, "the pending transcript (head and segment) is older than the configured half hour");
        afterTwoDays.Should().Be(2, "the kept transcript (head and segment) is older than the configured two days, far from the default 90");
    }

    [Fact]
    public void From_ZeroTranscriptAge_ThrowsNamingTheKey()
    {
        // Arrange
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Retention:TranscriptAge"] = "00:00:00" })
            .Build();

        // Act
        var read = () => RetentionOptions.From(configuration);

        // Assert
        read.Should().Throw<InvalidOperationException>().WithMessage("Retention:TranscriptAge must be positive*");
    }

    private static Activity Message(string text) =>
        new() { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount { Role = "user" } };

    private static Task WriteStateAsync(IStorage storage, string key) =>
        storage.WriteAsync(new Dictionary<string, object> { [key] = new StateDocument { State = { ["x"] = 1 }, ETag = ETags.Any } });
}
