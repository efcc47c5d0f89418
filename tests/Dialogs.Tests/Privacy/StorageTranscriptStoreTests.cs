using HeelBot.Builder.Schema;
using HeelBot.Builder.State;

namespace HeelBot.Dialogs.Tests.Privacy;

/// <summary>The transcript store over IStorage: pending until consent, kept after, deleted whole, each under its own key prefix.</summary>
public sealed class StorageTranscriptStoreTests
{
    private const string Channel = "webchat";
    private const string Conversation = "conv-1";
    private static readonly TranscriptConsent Consent = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero), "ask.consent/da/0123456789ab");
    private readonly MemoryStorage _storage = new();

    [Fact]
    public async Task LogActivitiesAsync_NewConversation_IsPendingUnderThePendingPrefix()
    {
        var sut = new StorageTranscriptStore(_storage);

        await sut.LogActivitiesAsync(Channel, Conversation, [Message("user", "ondt under hælen"), Message("bot", "Hvor længe?")]);

        var transcript = await sut.GetTranscriptAsync(Channel, Conversation);
        transcript!.Status.Should().Be(TranscriptStatus.Pending);
        transcript.Consent.Should().BeNull();
        transcript.Activities.Select(a => $"{a.From?.Role}: {a.Text}").Should().Equal("user: ondt under hælen", "bot: Hvor længe?");
        (await _storage.ReadAsync(["transcript/pending/webchat/conv-1"])).Should().ContainKey("transcript/pending/webchat/conv-1");
    }

    [Fact]
    public async Task KeepTranscriptAsync_Pending_MovesItToKeptWithTheConsent()
    {
        var sut = new StorageTranscriptStore(_storage);
        await sut.LogActivitiesAsync(Channel, Conversation, [Message("user", "hej")]);

        await sut.KeepTranscriptAsync(Channel, Conversation, Consent);
        await sut.LogActivitiesAsync(Channel, Conversation, [Message("user", "ja")]);

        var transcript = await sut.GetTranscriptAsync(Channel, Conversation);
        transcript!.Status.Should().Be(TranscriptStatus.Kept);
        transcript.Consent.Should().Be(Consent);
        transcript.Activities.Select(a => a.Text).Should().Equal("hej", "ja");
        (await _storage.ReadAsync([StorageTranscriptStore.PendingKey(Channel, Conversation), StorageTranscriptStore.KeptKey(Channel, Conversation)]))
            .Keys.Should().Equal(StorageTranscriptStore.KeptKey(Channel, Conversation));
    }

    [Fact]
    public async Task KeepTranscriptAsync_Repeated_KeepsEachActivityOnce()
    {
        var sut = new StorageTranscriptStore(_storage);
        await sut.LogActivitiesAsync(Channel, Conversation, [Message("user", "hej")]);

        await sut.KeepTranscriptAsync(Channel, Conversation, Consent);
        await sut.KeepTranscriptAsync(Channel, Conversation, Consent with { TextVersion = "v2" });

        var transcript = await sut.GetTranscriptAsync(Channel, Conversation);
        transcript!.Activities.Should().ContainSingle();
        transcript.Consent!.TextVersion.Should().Be("v2");
    }

    [Fact]
    public async Task DeleteTranscriptAsync_KeptOrNothing_SaysWhetherThereWasOne()
    {
        var sut = new StorageTranscriptStore(_storage);
        await sut.LogActivitiesAsync(Channel, Conversation, [Message("user", "hej")]);
        await sut.KeepTranscriptAsync(Channel, Conversation, Consent);

        var first = await sut.DeleteTranscriptAsync(Channel, Conversation);
        var second = await sut.DeleteTranscriptAsync(Channel, Conversation);

        first.Should().BeTrue();
        second.Should().BeFalse();
        (await sut.GetTranscriptAsync(Channel, Conversation)).Should().BeNull();
    }

    [Fact]
    public async Task LogActivitiesAsync_OtherConversation_IsKeptApart()
    {
        var sut = new StorageTranscriptStore(_storage);
        await sut.LogActivitiesAsync(Channel, Conversation, [Message("user", "mine")]);

        await sut.LogActivitiesAsync("msteams", Conversation, [Message("user", "theirs")]);
        await sut.DeleteTranscriptAsync("msteams", Conversation);

        (await sut.GetTranscriptAsync(Channel, Conversation))!.Activities.Select(a => a.Text).Should().Equal("mine");
    }

    [Fact]
    public async Task LogActivitiesAsync_EachTurn_AddsOneSegmentAndLeavesTheHeadSmall()
    {
        var sut = new StorageTranscriptStore(_storage);
        var head = StorageTranscriptStore.PendingKey(Channel, Conversation);

        await sut.LogActivitiesAsync(Channel, Conversation, [Message("user", "hej"), Message("bot", "Hvor gør det ondt?")]);
        await sut.LogActivitiesAsync(Channel, Conversation, [Message("user", "under hælen")]);

        var items = await _storage.ReadAsync([head, StorageTranscriptStore.SegmentKey(head, 1), StorageTranscriptStore.SegmentKey(head, 2), StorageTranscriptStore.SegmentKey(head, 3)]);
        var document = items[head].Should().BeOfType<TranscriptDocument>().Subject;
        document.Segments.Should().Be(2);
        document.Activities.Should().BeEmpty("the activities live in the segments, so an append never rewrites them");
        items.Keys.Should().BeEquivalentTo(head, StorageTranscriptStore.SegmentKey(head, 1), StorageTranscriptStore.SegmentKey(head, 2));
        items[StorageTranscriptStore.SegmentKey(head, 2)].Should().BeOfType<TranscriptSegment>().Which.Activities.Should().ContainSingle();
    }

    [Fact]
    public async Task KeepTranscriptAsync_PendingSegments_AreMovedAndTheirKeysDeleted()
    {
        var sut = new StorageTranscriptStore(_storage);
        var pending = StorageTranscriptStore.PendingKey(Channel, Conversation);
        await sut.LogActivitiesAsync(Channel, Conversation, [Message("user", "hej")]);
        await sut.LogActivitiesAsync(Channel, Conversation, [Message("user", "under hælen")]);

        await sut.KeepTranscriptAsync(Channel, Conversation, Consent);
        await sut.LogActivitiesAsync(Channel, Conversation, [Message("user", "ja")]);

        (await _storage.ReadAsync([pending, StorageTranscriptStore.SegmentKey(pending, 1), StorageTranscriptStore.SegmentKey(pending, 2)])).Should().BeEmpty();
        (await sut.GetTranscriptAsync(Channel, Conversation))!.Activities.Select(a => a.Text).Should().Equal("hej", "under hælen", "ja");
    }

    [Fact]
    public async Task DeleteTranscriptAsync_WithSegments_LeavesNoKeyBehind()
    {
        var sut = new StorageTranscriptStore(_storage);
        var kept = StorageTranscriptStore.KeptKey(Channel, Conversation);
        await sut.LogActivitiesAsync(Channel, Conversation, [Message("user", "hej")]);
        await sut.KeepTranscriptAsync(Channel, Conversation, Consent);
        await sut.LogActivitiesAsync(Channel, Conversation, [Message("user", "ja")]);

        await sut.DeleteTranscriptAsync(Channel, Conversation);

        (await _storage.ReadAsync([kept, StorageTranscriptStore.SegmentKey(kept, 1), StorageTranscriptStore.SegmentKey(kept, 2)])).Should().BeEmpty();
    }

    [Fact]
    public async Task GetTranscriptAsync_HeadWithActivitiesInline_ReadsThemBeforeNewSegments()
    {
        // A transcript written before segments existed keeps its activities in the head.
        var sut = new StorageTranscriptStore(_storage);
        var old = new TranscriptDocument
        {
            ChannelId = Channel,
            ConversationId = Conversation,
            Status = TranscriptStatus.Pending,
            Activities = [System.Text.Json.JsonSerializer.SerializeToElement(Message("user", "gammel"), BotJson.Options)],
        };
        await _storage.WriteAsync(new Dictionary<string, object> { [StorageTranscriptStore.PendingKey(Channel, Conversation)] = old });

        await sut.LogActivitiesAsync(Channel, Conversation, [Message("user", "ny")]);

        (await sut.GetTranscriptAsync(Channel, Conversation))!.Activities.Select(a => a.Text).Should().Equal("gammel", "ny");
    }

    [Fact]
    public async Task LogActivitiesAsync_ConcurrentAppends_KeepEveryTurn()
    {
        var sut = new StorageTranscriptStore(_storage);

        await Task.WhenAll(Enumerable.Range(1, 4).Select(turn => Task.Run(() => sut.LogActivitiesAsync(Channel, Conversation, [Message("user", $"turn {turn}")]))));

        (await sut.GetTranscriptAsync(Channel, Conversation))!.Activities.Select(a => a.Text)
            .Should().BeEquivalentTo("turn 1", "turn 2", "turn 3", "turn 4");
    }

    private static Activity Message(string role, string text) =>
        new() { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount { Role = role } };
}
