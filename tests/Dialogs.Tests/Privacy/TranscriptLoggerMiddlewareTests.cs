using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;
using HeelBot.Builder.State;
using HeelBot.Builder.Testing;

namespace HeelBot.Dialogs.Tests.Privacy;

/// <summary>The transcript logger records completed turns only, only what its filter passes, and never fails a turn.</summary>
public sealed class TranscriptLoggerMiddlewareTests
{
    private readonly MemoryStorage _storage = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task OnTurnAsync_CompletedTurn_RecordsTheMessageThenTheRepliesInOrder()
    {
        var (adapter, store) = CreateSut(PassThrough);

        await adapter.ProcessActivityAsync(Incoming("hej"), async (context, ct) =>
        {
            await context.SendActivityAsync("første", ct);
            _clock.Advance(TimeSpan.FromSeconds(1));
            await context.SendActivityAsync("anden", ct);
        });

        var transcript = await store.GetTranscriptAsync("webchat", "c1");
        transcript!.Activities.Select(a => a.Text).Should().Equal("hej", "første", "anden");
        transcript.Activities.Select(a => a.Timestamp).Should().BeInAscendingOrder("times are the bot's own clock");
    }

    [Fact]
    public async Task OnTurnAsync_TurnFails_RecordsNothing()
    {
        var (adapter, store) = CreateSut(PassThrough);
        adapter.OnTurnError = (context, _) => context.SendActivityAsync("beklager");

        await adapter.ProcessActivityAsync(Incoming("hej"), async (context, ct) =>
        {
            await context.SendActivityAsync("halvt svar", ct);
            throw new InvalidOperationException("the bot failed");
        });

        (await store.GetTranscriptAsync("webchat", "c1")).Should().BeNull();
    }

    [Fact]
    public async Task OnTurnAsync_FilterLeavesSomethingOut_RecordsTheRest()
    {
        var (adapter, store) = CreateSut((_, activity, incoming, _) => Task.FromResult(incoming ? null : activity));

        await adapter.ProcessActivityAsync(Incoming("hemmelig"), (context, ct) => context.SendActivityAsync("svar", ct));

        (await store.GetTranscriptAsync("webchat", "c1"))!.Activities.Select(a => a.Text).Should().Equal("svar");
    }

    [Fact]
    public async Task OnTurnAsync_FilterThrows_TurnIsAnsweredAndNothingIsRecorded()
    {
        Exception? reported = null;
        var (adapter, store) = CreateSut((_, _, _, _) => throw new TimeoutException("analyzer"), (_, ex) => reported = ex);

        var replies = await adapter.ProcessActivityAsync(Incoming("hej"), (context, ct) => context.SendActivityAsync("svar", ct));

        replies.Select(r => r.Text).Should().Equal("svar");
        reported.Should().BeOfType<TimeoutException>();
        (await store.GetTranscriptAsync("webchat", "c1")).Should().BeNull();
    }

    private static Task<Activity?> PassThrough(ITurnContext turnContext, Activity activity, bool incoming, CancellationToken cancellationToken) =>
        Task.FromResult<Activity?>(activity);

    private static Activity Incoming(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        ChannelId = "webchat",
        Conversation = new ConversationAccount("c1"),
        From = new ChannelAccount("u1", role: "user"),
        Recipient = new ChannelAccount("bot", role: "bot"),
    };

    private (BufferedTurnAdapter Adapter, StorageTranscriptStore Store) CreateSut(TranscriptActivityFilter filter, Action<ITurnContext, Exception>? onError = null)
    {
        var store = new StorageTranscriptStore(_storage);
        var adapter = new BufferedTurnAdapter();
        adapter.Use(new TranscriptLoggerMiddleware(store, filter, _clock, onError));
        return (adapter, store);
    }
}
