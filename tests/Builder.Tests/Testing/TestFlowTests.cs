using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;
using HeelBot.Builder.Testing;

namespace HeelBot.Builder.Tests.Testing;

public class TestFlowTests
{
    private static readonly BotCallbackHandler Echo = async (context, ct) =>
    {
        if (context.Activity.Type == ActivityTypes.Message)
        {
            await context.SendActivityAsync($"Du skrev: {context.Activity.Text}", ct);
        }
    };

    [Fact]
    public async Task StartTest_MatchingConversation_Passes()
    {
        await new TestFlow(new TestAdapter(), Echo)
            .Send("hej").AssertReply("Du skrev: hej")
            .Test("igen", "Du skrev: igen")
            .Send("tre").AssertReplyOneOf(["Du skrev: 3", "Du skrev: tre"])
            .Send(new Activity { Type = ActivityTypes.Typing }).AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task AssertReply_WrongText_FailsShowingExpectedActualJsonAndTranscript()
    {
        var flow = new TestFlow(new TestAdapter(), Echo).Send("hej").AssertReply("Hej tilbage");

        var failure = await Assert.ThrowsAsync<TestFlowAssertionException>(() => flow.StartTestAsync());

        failure.Message.Should().Contain("step 2 of 2").And.Contain("\"Hej tilbage\"").And.Contain("\"Du skrev: hej\"");
        failure.Message.Should().Contain("\"replyToId\"", "the whole reply is shown as JSON");
        failure.Message.Should().Contain("user: \"hej\"").And.Contain("bot : \"Du skrev: hej\"");
    }

    [Fact]
    public async Task AssertReply_NothingSent_FailsSayingSo()
    {
        var flow = new TestFlow(new TestAdapter(), (_, _) => Task.CompletedTask).Send("hej").AssertReply("svar");

        var failure = await Assert.ThrowsAsync<TestFlowAssertionException>(() => flow.StartTestAsync());

        failure.Message.Should().Contain("sent nothing more");
    }

    [Fact]
    public async Task AssertReply_ValidatorThrows_FailsWithItsMessageAndTheReply()
    {
        var flow = new TestFlow(new TestAdapter(), Echo)
            .Send("hej")
            .AssertReply(a => a.SuggestedActions.Should().NotBeNull("the bot should offer buttons"));

        var failure = await Assert.ThrowsAsync<TestFlowAssertionException>(() => flow.StartTestAsync());

        failure.Message.Should().Contain("the bot should offer buttons").And.Contain("\"Du skrev: hej\"");
        failure.InnerException.Should().NotBeNull();
    }

    [Fact]
    public async Task AssertReply_NonMessageWithExpectedText_Fails()
    {
        var flow = new TestFlow(new TestAdapter(), (context, ct) => context.SendActivityAsync(new Activity { Type = ActivityTypes.Event, Text = "x" }, ct))
            .Send("hej")
            .AssertReply("x");

        await Assert.ThrowsAsync<TestFlowAssertionException>(() => flow.StartTestAsync());
    }

    [Fact]
    public async Task AssertReplyOneOf_NoneMatch_FailsListingTheCandidates()
    {
        var flow = new TestFlow(new TestAdapter(), Echo).Send("hej").AssertReplyOneOf(["a", "b"]);

        var failure = await Assert.ThrowsAsync<TestFlowAssertionException>(() => flow.StartTestAsync());

        failure.Message.Should().Contain("[\"a\", \"b\"]");
    }

    [Fact]
    public async Task AssertNoReply_UnreadReply_Fails()
    {
        var flow = new TestFlow(new TestAdapter(), Echo).Send("hej").AssertNoReply();

        var failure = await Assert.ThrowsAsync<TestFlowAssertionException>(() => flow.StartTestAsync());

        failure.Message.Should().Contain("expected no reply").And.Contain("Du skrev: hej");
    }

    [Fact]
    public async Task Steps_SharedOpening_BranchesIndependently()
    {
        var opening = new TestFlow(new TestAdapter(), Echo).Send("hej");

        var first = opening.AssertReply("Du skrev: hej");
        var second = opening.AssertReply("noget andet");

        await first.StartTestAsync();
        await Assert.ThrowsAsync<TestFlowAssertionException>(() => second.StartTestAsync());
    }

    [Fact]
    public async Task Do_BetweenTurns_RunsInOrder()
    {
        var clock = new FakeTimeProvider();
        var adapter = new TestAdapter(timeProvider: clock);
        var stamps = new List<DateTimeOffset?>();

        await new TestFlow(adapter, (context, _) =>
        {
            stamps.Add(context.Activity.Timestamp);
            return Task.CompletedTask;
        })
            .Send("1")
            .Do(() =>
            {
                clock.Advance(TimeSpan.FromHours(1));
                return Task.CompletedTask;
            })
            .Send("2")
            .StartTestAsync();

        (stamps[1] - stamps[0]).Should().Be(TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task Constructor_Bot_RunsItsOnTurn()
    {
        await new TestFlow(new TestAdapter(), new EchoBot()).Test("hej", "bot: hej").StartTestAsync();
    }

    private sealed class EchoBot : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            await turnContext.SendActivityAsync($"bot: {turnContext.Activity.Text}", cancellationToken);
    }
}
