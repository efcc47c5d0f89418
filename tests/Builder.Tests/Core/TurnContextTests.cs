using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;
using HeelBot.Builder.Testing;

namespace HeelBot.Builder.Tests.Core;

public class TurnContextTests
{
    [Fact]
    public async Task Responded_BeforeAndAfterSending_TurnsTrueOnlyAfterASend()
    {
        var seen = new List<bool>();

        await new TestAdapter().SendTextToBotAsync("hej", async (context, ct) =>
        {
            seen.Add(context.Responded);
            await context.SendActivityAsync("svar", ct);
            seen.Add(context.Responded);
        });

        seen.Should().Equal(false, true);
    }

    [Fact]
    public async Task Responded_OnlyTraceSent_StaysFalse()
    {
        var responded = true;

        await new TestAdapter().SendTextToBotAsync("hej", async (context, ct) =>
        {
            await context.SendActivityAsync(new Activity { Type = ActivityTypes.Trace, Name = "debug" }, ct);
            responded = context.Responded;
        });

        responded.Should().BeFalse();
    }

    [Fact]
    public async Task SendActivity_Reply_IsAddressedBackToTheUser()
    {
        var adapter = new TestAdapter(Channels.Webchat);
        string? incomingId = null;

        await adapter.SendTextToBotAsync("hej", async (context, ct) =>
        {
            incomingId = context.Activity.Id;
            await context.SendActivityAsync("svar", ct);
        });

        var reply = adapter.GetNextReply()!;
        reply.Type.Should().Be(ActivityTypes.Message);
        reply.From!.Id.Should().Be("heelbot");
        reply.Recipient!.Id.Should().Be("user-1");
        reply.Conversation!.Id.Should().Be(TestAdapter.DefaultConversationId);
        reply.ChannelId.Should().Be(Channels.Webchat);
        reply.ReplyToId.Should().Be(incomingId);
        reply.InputHint.Should().Be(InputHints.AcceptingInput);
    }

    [Fact]
    public async Task SendActivity_SameActivityInstanceInTwoConversations_IsAddressedToEachAndLeftUnchanged()
    {
        var shared = MessageFactory.Text("Velkommen til HeelBot.");
        var first = new TestAdapter(TestAdapter.CreateConversation(Channels.Webchat, "conversation-a", userId: "user-a"));
        var second = new TestAdapter(TestAdapter.CreateConversation(Channels.Sms, "conversation-b", userId: "user-b"));

        await first.SendTextToBotAsync("hej", (context, ct) => context.SendActivityAsync(shared, ct));
        await second.SendTextToBotAsync("hej", (context, ct) => context.SendActivityAsync(shared, ct));

        var toSecond = second.GetNextReply()!;
        toSecond.Conversation!.Id.Should().Be("conversation-b");
        toSecond.Recipient!.Id.Should().Be("user-b");
        toSecond.ChannelId.Should().Be(Channels.Sms);
        shared.Conversation.Should().BeNull("the caller's activity is not changed by sending it");
        shared.Recipient.Should().BeNull();
    }

    [Fact]
    public async Task OnSendActivities_TwoHandlers_RunInRegistrationOrderAndCanChangeReplies()
    {
        var adapter = new TestAdapter();
        var log = new List<string>();

        await new TestFlow(adapter, async (context, ct) =>
        {
            context.OnSendActivities(async (_, activities, next) =>
            {
                log.Add("first");
                activities.ForEach(a => a.Text += " [1]");
                return await next();
            });
            context.OnSendActivities(async (_, activities, next) =>
            {
                log.Add("second");
                activities.Add(MessageFactory.Text("tilføjet"));
                return await next();
            });
            await context.SendActivityAsync("svar", ct);
        })
            .Send("hej")
            .AssertReply("svar [1]")
            .AssertReply("tilføjet")
            .AssertNoReply()
            .StartTestAsync();

        log.Should().Equal("first", "second");
    }

    [Fact]
    public async Task OnSendActivities_HandlerNotCallingNext_SwallowsTheReply()
    {
        var adapter = new TestAdapter();
        var responded = true;

        await adapter.SendTextToBotAsync("hej", async (context, ct) =>
        {
            context.OnSendActivities((_, _, _) => Task.FromResult(Array.Empty<ResourceResponse>()));
            await context.SendActivityAsync("svar", ct);
            responded = context.Responded;
        });

        adapter.PendingReplyCount.Should().Be(0);
        responded.Should().BeFalse();
    }

    [Fact]
    public async Task SendActivity_AdapterAssignsAnId_ReturnsIt()
    {
        var adapter = new TestAdapter();
        ResourceResponse? response = null;

        await adapter.SendTextToBotAsync("hej", async (context, ct) => response = await context.SendActivityAsync("svar", ct));

        response!.Id.Should().NotBeNullOrEmpty();
        adapter.GetNextReply()!.Id.Should().Be(response.Id);
    }

    [Fact]
    public async Task UpdateAndDelete_DuringATurn_AreAddressedAndRecorded()
    {
        var adapter = new TestAdapter();

        await adapter.SendTextToBotAsync("hej", async (context, ct) =>
        {
            var sent = await context.SendActivityAsync("Et øjeblik …", ct);
            var update = MessageFactory.Text("Færdig");
            update.Id = sent!.Id;
            await context.UpdateActivityAsync(update, ct);
            await context.DeleteActivityAsync("old-1", ct);
        });

        adapter.UpdatedActivities.Should().ContainSingle().Which.Conversation!.Id.Should().Be(TestAdapter.DefaultConversationId);
        adapter.DeletedActivities.Should().ContainSingle().Which.ActivityId.Should().Be("old-1");
        adapter.GetNextReply()!.Text.Should().Be("Færdig", "an update replaces a reply the test has not read yet");
    }

    [Fact]
    public void Constructor_NullArguments_Throw()
    {
        var adapter = new TestAdapter();

        FluentActions.Invoking(() => new TurnContext(null!, new Activity())).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new TurnContext(adapter, null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void TurnState_TypedAndNamedEntries_AreKeptApart()
    {
        var context = new TurnContext(new TestAdapter(), new Activity());
        var list = new List<string> { "a" };

        context.TurnState.Add(list);
        context.TurnState.Set("other", new List<string> { "b" });

        context.TurnState.Get<List<string>>().Should().BeSameAs(list);
        context.TurnState.Get<List<string>>("other").Should().Equal("b");
        context.TurnState.Get<string>("missing").Should().BeNull();
    }
}
