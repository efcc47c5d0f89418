using HeelBot.Builder.Schema;
using HeelBot.Builder.Testing;

namespace HeelBot.Builder.Tests.Testing;

public class TestAdapterTests
{
    [Fact]
    public async Task ProcessActivity_BareMessage_IsStampedFromTheConversationAndTheClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.Zero));
        var adapter = new TestAdapter(Channels.Sms, clock);
        var seen = new List<Activity>();

        await adapter.SendTextToBotAsync("hej", (context, _) =>
        {
            seen.Add(context.Activity);
            return Task.CompletedTask;
        });
        clock.Advance(TimeSpan.FromMinutes(5));
        await adapter.SendTextToBotAsync("igen", (context, _) =>
        {
            seen.Add(context.Activity);
            return Task.CompletedTask;
        });

        seen[0].Type.Should().Be(ActivityTypes.Message);
        seen[0].ChannelId.Should().Be(Channels.Sms);
        seen[0].Conversation!.Id.Should().Be(TestAdapter.DefaultConversationId);
        seen[0].From!.Id.Should().Be("user-1");
        seen[0].From!.Role.Should().Be("user");
        seen[0].Recipient!.Id.Should().Be("heelbot");
        seen[0].Locale.Should().Be("da-DK");
        seen[0].ServiceUrl.Should().Be(TestAdapter.DefaultServiceUrl);
        seen[0].Timestamp.Should().Be(new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.Zero));
        seen[1].Timestamp.Should().Be(new DateTimeOffset(2025, 6, 1, 10, 5, 0, TimeSpan.Zero));
        seen[0].Id.Should().NotBe(seen[1].Id);
    }

    [Fact]
    public async Task ProcessActivity_ChosenConversation_IsUsed()
    {
        var conversation = TestAdapter.CreateConversation(Channels.Msteams, "19:abc@thread.tacv2", "29:user", "Mette", "28:bot", "HeelBot", "en-GB");
        var adapter = new TestAdapter(conversation);
        Activity? seen = null;

        await adapter.SendTextToBotAsync("hi", (context, _) => Task.FromResult(seen = context.Activity));

        seen!.ChannelId.Should().Be(Channels.Msteams);
        seen.Conversation!.Id.Should().Be("19:abc@thread.tacv2");
        seen.From!.Name.Should().Be("Mette");
        seen.Recipient!.Id.Should().Be("28:bot");
        seen.Locale.Should().Be("en-GB");
    }

    [Fact]
    public async Task ProcessActivity_FieldsTheTestSets_AreKeptAndTheArgumentIsNotChanged()
    {
        var adapter = new TestAdapter { Locale = "en-US" };
        var activity = new Activity { Text = "hej", Locale = "da-DK", From = new ChannelAccount("other-user"), Id = "fixed" };
        Activity? seen = null;

        await adapter.ProcessActivityAsync(activity, (context, _) => Task.FromResult(seen = context.Activity));

        seen!.Locale.Should().Be("da-DK");
        seen.From!.Id.Should().Be("other-user");
        seen.Id.Should().Be("fixed");
        activity.ChannelId.Should().BeNull("the adapter stamps a copy");
        adapter.Conversation.Locale.Should().Be("en-US");
    }

    [Fact]
    public async Task ProcessActivity_LocalTimestamp_UsesTheClocksTimeZone()
    {
        var copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 7, 1, 8, 0, 0, TimeSpan.Zero), copenhagen);
        Activity? seen = null;

        await new TestAdapter(timeProvider: clock).SendTextToBotAsync("hej", (context, _) => Task.FromResult(seen = context.Activity));

        seen!.LocalTimestamp.Should().Be(new DateTimeOffset(2025, 7, 1, 10, 0, 0, TimeSpan.FromHours(2)));
        seen.LocalTimestamp!.Value.Offset.Should().Be(TimeSpan.FromHours(2));
    }

    [Fact]
    public async Task Replies_SeveralInATurn_AreQueuedInOrderWithIdsAndTimestamps()
    {
        var adapter = new TestAdapter();

        await adapter.SendTextToBotAsync("hej", async (context, ct) =>
        {
            await context.SendActivityAsync("en", ct);
            await context.SendActivitiesAsync([MessageFactory.Text("to"), MessageFactory.Text("tre")], ct);
        });

        adapter.PendingReplyCount.Should().Be(3);
        var replies = new[] { adapter.GetNextReply()!, adapter.GetNextReply()!, adapter.GetNextReply()! };
        replies.Select(r => r.Text).Should().Equal("en", "to", "tre");
        replies.Select(r => r.Id).Should().OnlyHaveUniqueItems().And.NotContainNulls();
        replies.Should().OnlyContain(r => r.Timestamp == FakeTimeProvider.DefaultStart);
        adapter.GetNextReply().Should().BeNull();
    }

    [Fact]
    public async Task Delete_QueuedReply_IsRemovedAndRecorded()
    {
        var adapter = new TestAdapter();

        await adapter.SendTextToBotAsync("hej", async (context, ct) =>
        {
            var typing = await context.SendActivityAsync(Activity.CreateTypingActivity(), ct);
            await context.SendActivityAsync("svar", ct);
            await context.DeleteActivityAsync(typing!.Id!, ct);
        });

        adapter.DeletedActivities.Should().ContainSingle().Which.Conversation!.Id.Should().Be(TestAdapter.DefaultConversationId);
        adapter.GetNextReply()!.Text.Should().Be("svar");
        adapter.GetNextReply().Should().BeNull();
    }

    [Fact]
    public async Task Transcript_AfterTwoTurns_HoldsIncomingAndOutgoingInOrder()
    {
        var adapter = new TestAdapter();

        await adapter.SendTextToBotAsync("hej", (context, ct) => context.SendActivityAsync("Hej!", ct));
        await adapter.SendTextToBotAsync("farvel", (context, ct) => context.SendActivityAsync("Farvel!", ct));

        adapter.Transcript.Select(a => $"{a.From!.Id}: {a.Text}").Should().Equal(
            "user-1: hej", "heelbot: Hej!", "user-1: farvel", "heelbot: Farvel!");
    }

    [Fact]
    public void MakeConversationUpdate_NoMembersGiven_AddsBotAndUser()
    {
        var adapter = new TestAdapter();

        var update = adapter.MakeConversationUpdate();

        update.Type.Should().Be(ActivityTypes.ConversationUpdate);
        update.MembersAdded!.Select(m => m.Id).Should().Equal("heelbot", "user-1");
    }
}
