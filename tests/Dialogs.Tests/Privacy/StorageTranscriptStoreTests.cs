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

    private static Activity Message(string role, string text) =>
        new() { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount { Role = role } };
}
