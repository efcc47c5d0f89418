using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;
using HeelBot.Builder.State;
using HeelBot.Builder.Testing;
using Moq;

namespace HeelBot.Builder.Tests.Core;

public class BufferedTurnAdapterTests
{
    private readonly MemoryStorage _storage = new();

    [Fact]
    public async Task ProcessActivity_SuccessfulTurn_ReturnsRepliesInOrderWithoutDeliveringThem()
    {
        var delivery = new Mock<IActivityDelivery>(MockBehavior.Strict);
        var adapter = new BufferedTurnAdapter();

        var replies = await adapter.ProcessActivityAsync(Incoming("hej"), async (context, ct) =>
        {
            await context.SendActivityAsync("første", ct);
            await context.SendActivitiesAsync([MessageFactory.Text("anden"), MessageFactory.Text("tredje")], ct);
        }, delivery.Object);

        replies.Select(r => r.Text).Should().Equal("første", "anden", "tredje");
        replies.Should().OnlyContain(r => r.ReplyToId == "in-1" && r.Recipient!.Id == "user-1");
    }

    [Fact]
    public async Task ProcessActivity_TurnThrowsWithoutErrorHandler_ReleasesNoReplies()
    {
        var adapter = new BufferedTurnAdapter();
        IReadOnlyList<Activity>? replies = null;

        var act = async () => replies = await adapter.ProcessActivityAsync(Incoming("hej"), async (context, ct) =>
        {
            await context.SendActivityAsync("halvt svar", ct);
            throw new InvalidOperationException("boom");
        });

        await act.Should().ThrowAsync<InvalidOperationException>();
        replies.Should().BeNull();
    }

    [Fact]
    public async Task ProcessActivity_AnotherInstanceSavedFirst_RerunsOnFreshStateAndReturnsOnlyTheSecondRunsReplies()
    {
        var adapter = new BufferedTurnAdapter();
        var runs = 0;

        var replies = await adapter.ProcessActivityAsync(Incoming("hej"), async (context, ct) =>
        {
            runs++;
            var state = new ConversationState(_storage);
            var count = state.CreateProperty<int>("count");
            var seen = await count.GetAsync(context, () => 0, ct);
            await context.SendActivityAsync($"run {runs} saw {seen}", ct);
            await count.SetAsync(context, seen + 1, ct);
            if (runs == 1)
            {
                await OtherInstanceSetsCountAsync(10);
            }

            await state.SaveChangesAsync(context, false, ct);
        });

        runs.Should().Be(2);
        replies.Select(r => r.Text).Should().Equal("run 2 saw 10");
        (await ReadCountAsync()).Should().Be(11);
    }

    [Fact]
    public async Task ProcessActivity_ConflictWithErrorHandlerSet_IsRetriedNotReportedAsAnError()
    {
        var errors = 0;
        var adapter = new BufferedTurnAdapter { OnTurnError = (_, _) => Task.FromResult(++errors) };
        var runs = 0;

        var replies = await adapter.ProcessActivityAsync(Incoming("hej"), async (context, ct) =>
        {
            runs++;
            await context.SendActivityAsync($"run {runs}", ct);
            if (runs == 1)
            {
                throw StorageConflictException.ForKey("webchat/conversations/c-1");
            }
        });

        errors.Should().Be(0);
        replies.Select(r => r.Text).Should().Equal("run 2");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task ProcessActivity_ConflictEveryTime_GivesUpAfterMaxAttemptsWithTheException(int maxAttempts)
    {
        var adapter = new BufferedTurnAdapter(maxAttempts);
        var runs = 0;

        var act = () => adapter.ProcessActivityAsync(Incoming("hej"), (_, _) =>
        {
            runs++;
            throw StorageConflictException.ForKey("webchat/conversations/c-1");
        });

        await act.Should().ThrowAsync<StorageConflictException>().WithMessage("*webchat/conversations/c-1*");
        runs.Should().Be(maxAttempts);
    }

    [Fact]
    public async Task ProcessActivity_Rerun_GetsAFreshCopyOfTheIncomingActivity()
    {
        var adapter = new BufferedTurnAdapter();
        var incoming = Incoming("hej");
        var texts = new List<string?>();

        await adapter.ProcessActivityAsync(incoming, (context, _) =>
        {
            texts.Add(context.Activity.Text);
            context.Activity.Text = "ændret af første kørsel";
            return texts.Count == 1 ? throw new StorageConflictException() : Task.CompletedTask;
        });

        texts.Should().Equal("hej", "hej");
        incoming.Text.Should().Be("hej");
    }

    [Fact]
    public async Task ProcessActivity_BotThrowsWithErrorHandler_ReturnsTheHandlersReply()
    {
        Exception? caught = null;
        var adapter = new BufferedTurnAdapter();
        adapter.OnTurnError = async (context, exception) =>
        {
            caught = exception;
            await context.SendActivityAsync("Beklager, noget gik galt.");
        };

        var replies = await adapter.ProcessActivityAsync(Incoming("hej"), (_, _) => throw new InvalidOperationException("boom"));

        caught.Should().BeOfType<InvalidOperationException>();
        replies.Select(r => r.Text).Should().Equal("Beklager, noget gik galt.");
    }

    [Fact]
    public async Task UpdateAndDelete_WithDelivery_GoStraightToTheChannel()
    {
        var delivery = new Mock<IActivityDelivery>();
        delivery.Setup(d => d.UpdateAsync(It.IsAny<Activity>(), It.IsAny<CancellationToken>())).ReturnsAsync(new ResourceResponse("upd-1"));
        var adapter = new BufferedTurnAdapter();
        ResourceResponse? updated = null;

        var replies = await adapter.ProcessActivityAsync(Incoming("hej"), async (context, ct) =>
        {
            updated = await context.UpdateActivityAsync(new Activity { Id = "out-1", Text = "rettet" }, ct);
            await context.DeleteActivityAsync("out-2", ct);
        }, delivery.Object);

        replies.Should().BeEmpty();
        updated!.Id.Should().Be("upd-1");
        delivery.Verify(d => d.UpdateAsync(It.Is<Activity>(a => a.Id == "out-1" && a.Conversation!.Id == "c-1"), It.IsAny<CancellationToken>()), Times.Once);
        delivery.Verify(d => d.DeleteAsync(It.Is<ConversationReference>(r => r.ActivityId == "out-2"), It.IsAny<CancellationToken>()), Times.Once);
        delivery.Verify(d => d.SendAsync(It.IsAny<Activity>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Update_WithoutDelivery_Throws()
    {
        var adapter = new BufferedTurnAdapter();

        var act = () => adapter.ProcessActivityAsync(Incoming("hej"), (context, ct) => context.UpdateActivityAsync(new Activity { Id = "x" }, ct));

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*IActivityDelivery*");
    }

    [Fact]
    public async Task SendActivities_OnATurnRunByAnotherAdapter_Throws()
    {
        var buffered = new BufferedTurnAdapter();
        var context = new TurnContext(new TestAdapter(), Incoming("hej"));

        var act = () => buffered.SendActivitiesAsync(context, [MessageFactory.Text("x")], CancellationToken.None);

        await act.Should().ThrowAsync<InvalidOperationException>();
    }

    private static Activity Incoming(string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        Text = text,
        ChannelId = Channels.Webchat,
        Conversation = new ConversationAccount("c-1"),
        From = new ChannelAccount("user-1", "Mette", "user"),
        Recipient = new ChannelAccount("heelbot", "HeelBot", "bot"),
    };

    private async Task OtherInstanceSetsCountAsync(int value)
    {
        var context = new TurnContext(new TestAdapter(), Incoming("samtidig besked"));
        var state = new ConversationState(_storage);
        await state.CreateProperty<int>("count").SetAsync(context, value);
        await state.SaveChangesAsync(context);
    }

    private async Task<int> ReadCountAsync()
    {
        var context = new TurnContext(new TestAdapter(), Incoming("læs"));
        return await new ConversationState(_storage).CreateProperty<int>("count").GetAsync(context);
    }
}
