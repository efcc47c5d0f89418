using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;
using HeelBot.Builder.State;

namespace HeelBot.Resilience.Tests.Ledger;

/// <summary>
/// The adapter's ledger of processed activity ids on the shared storage contract (MemoryStorage checks ETags as the
/// databases do): one id is one turn, however often and however concurrently it arrives; what a turn said is what a
/// retry gets; turns that change nothing and failed turns leave no record.
/// </summary>
public sealed class BufferedTurnAdapterLedgerTests
{
    private readonly MemoryStorage _storage = new();
    private readonly ConversationState _conversationState;
    private readonly IStatePropertyAccessor<long> _counter;
    private int _runs;

    public BufferedTurnAdapterLedgerTests()
    {
        _conversationState = new ConversationState(_storage);
        _counter = _conversationState.CreateProperty<long>("counter");
    }

    [Fact]
    public async Task ProcessActivity_SameIdTwice_RunsTheTurnOnceAndReplaysItsReplies()
    {
        // Arrange
        var adapter = new BufferedTurnAdapter(_conversationState);
        var activity = Incoming("a-1");
        var first = await adapter.ProcessActivityAsync(activity, CountingBotAsync);

        // Act
        var retry = await adapter.ProcessActivityAsync(activity, CountingBotAsync);

        // Assert
        _runs.Should().Be(1, "the retry is recognised as already processed");
        first.Select(r => r.Text).Should().Equal("svar 1", "spørgsmål 1");
        retry.Select(r => r.Text).Should().Equal(first.Select(r => r.Text), "the retry gets what the first attempt said");
        retry.Select(r => r.ReplyToId).Should().Equal(first.Select(r => r.ReplyToId));
        (await CounterAsync()).Should().Be(1);
    }

    [Fact]
    public async Task ProcessActivity_NewIdAfterRetry_RunsAsANewTurn()
    {
        // Arrange
        var adapter = new BufferedTurnAdapter(_conversationState);
        await adapter.ProcessActivityAsync(Incoming("a-1"), CountingBotAsync);
        await adapter.ProcessActivityAsync(Incoming("a-1"), CountingBotAsync);

        // Act
        var next = await adapter.ProcessActivityAsync(Incoming("a-2"), CountingBotAsync);

        // Assert
        next.Select(r => r.Text).Should().Equal("svar 2", "spørgsmål 2");
        (await CounterAsync()).Should().Be(2);
    }

    [Fact]
    public async Task ProcessActivity_ConcurrentDeliveriesOfOneId_OneTurnAndBothGetItsReplies()
    {
        // Arrange: two instances on one store; both load the state before either saves.
        var bothLoaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var arrived = 0;
        BotCallbackHandler racingBot = async (context, ct) =>
        {
            var seen = await _counter.GetAsync(context, () => 0, ct);
            if (Interlocked.Increment(ref arrived) == 2)
            {
                bothLoaded.SetResult();
            }

            await bothLoaded.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
            Interlocked.Increment(ref _runs);
            await context.SendActivityAsync($"svar {seen + 1}", ct);
            await _counter.SetAsync(context, seen + 1, ct);
            await _conversationState.SaveChangesAsync(context, false, ct);
        };
        var activity = Incoming("a-1");

        // Act
        var results = await Task.WhenAll(
            new BufferedTurnAdapter(_conversationState).ProcessActivityAsync(activity, racingBot),
            new BufferedTurnAdapter(_conversationState).ProcessActivityAsync(activity, racingBot));

        // Assert
        _runs.Should().Be(2, "both ran once; the loser's save hit the ETag conflict");
        results[0].Select(r => r.Text).Should().Equal(["svar 1"]);
        results[1].Select(r => r.Text).Should().Equal(["svar 1"], "the loser found the winner's record and replayed it");
        (await CounterAsync()).Should().Be(1, "the activity was processed once");
    }

    [Fact]
    public async Task ProcessActivity_TurnChangesNothing_WritesNothing()
    {
        // Arrange
        var adapter = new BufferedTurnAdapter(_conversationState);

        // Act
        var replies = await adapter.ProcessActivityAsync(Incoming("a-1"), (context, ct) => context.SendActivityAsync("bare et svar", ct));

        // Assert
        replies.Select(r => r.Text).Should().Equal(["bare et svar"]);
        (await _storage.ReadAsync([Key])).Should().BeEmpty("a turn that changes nothing needs no record: run again, it answers the same");
    }

    [Fact]
    public async Task ProcessActivity_RepliesSentAfterTheBotSaved_AreRecordedToo()
    {
        // Arrange
        var adapter = new BufferedTurnAdapter(_conversationState);
        BotCallbackHandler savesEarly = async (context, ct) =>
        {
            Interlocked.Increment(ref _runs);
            await _counter.SetAsync(context, 1, ct);
            await context.SendActivityAsync("før", ct);
            await _conversationState.SaveChangesAsync(context, false, ct);
            await context.SendActivityAsync("efter", ct);
        };
        await adapter.ProcessActivityAsync(Incoming("a-1"), savesEarly);

        // Act
        var retry = await adapter.ProcessActivityAsync(Incoming("a-1"), savesEarly);

        // Assert
        _runs.Should().Be(1);
        retry.Select(r => r.Text).Should().Equal("før", "efter");
    }

    [Fact]
    public async Task ProcessActivity_BotDeletesTheConversationState_LeavesNothingStored()
    {
        // Arrange: "delete my data" removes the state; the record must not bring it back.
        var adapter = new BufferedTurnAdapter(_conversationState);
        await adapter.ProcessActivityAsync(Incoming("a-1"), CountingBotAsync);

        // Act
        await adapter.ProcessActivityAsync(Incoming("a-2"), async (context, ct) =>
        {
            await _conversationState.DeleteAsync(context, ct);
            await context.SendActivityAsync("slettet", ct);
            await _conversationState.SaveChangesAsync(context, false, ct);
        });

        // Assert
        (await _storage.ReadAsync([Key])).Should().BeEmpty();
    }

    [Fact]
    public async Task ProcessActivity_TurnFailedAndWasApologisedFor_RetryRunsTheTurn()
    {
        // Arrange
        var adapter = new BufferedTurnAdapter(_conversationState)
        {
            OnTurnError = (context, _) => context.SendActivityAsync("beklager"),
        };
        var failing = true;
        BotCallbackHandler flaky = async (context, ct) =>
        {
            await _counter.SetAsync(context, 99, ct);
            if (failing)
            {
                throw new InvalidOperationException("the database went away");
            }

            await CountingBotAsync(context, ct);
        };
        var activity = Incoming("a-1");
        (await adapter.ProcessActivityAsync(activity, flaky)).Select(r => r.Text).Should().Equal(["beklager"]);
        failing = false;

        // Act
        var retry = await adapter.ProcessActivityAsync(activity, flaky);

        // Assert
        retry.Select(r => r.Text).Should().Equal(["svar 100", "spørgsmål 100"]);
        _runs.Should().Be(1, "the failed attempt saved nothing, so the retry is the turn");
    }

    [Fact]
    public async Task ProcessActivity_IdReusedForOtherContent_RunsAsANewTurn()
    {
        // Arrange: a client that numbers its activities afresh after a restart reuses ids for new messages.
        var adapter = new BufferedTurnAdapter(_conversationState);
        await adapter.ProcessActivityAsync(Incoming("a-1"), CountingBotAsync);
        var reused = Incoming("a-1");
        reused.Text = "noget andet";

        // Act
        var replies = await adapter.ProcessActivityAsync(reused, CountingBotAsync);

        // Assert
        replies.Select(r => r.Text).Should().Equal(["svar 2", "spørgsmål 2"], "a retry says the same; this is a new message");
        _runs.Should().Be(2);
    }

    [Fact]
    public async Task ProcessActivity_ActivityWithoutId_AlwaysRuns()
    {
        // Arrange
        var adapter = new BufferedTurnAdapter(_conversationState);
        var activity = Incoming(null);

        // Act
        await adapter.ProcessActivityAsync(activity, CountingBotAsync);
        await adapter.ProcessActivityAsync(activity, CountingBotAsync);

        // Assert
        _runs.Should().Be(2, "without an id nothing can be recognised");
    }

    [Fact]
    public async Task ProcessActivity_ManyTurns_LedgerKeepsNewestIdsAndOnlyTheNewestReplies()
    {
        // Arrange
        var adapter = new BufferedTurnAdapter(_conversationState);
        var count = TurnLedger.MaxRecords + 5;
        for (var i = 1; i <= count; i++)
        {
            await adapter.ProcessActivityAsync(Incoming($"a-{i}"), CountingBotAsync);
        }

        // Act
        var ledger = (TurnLedger)((StateDocument)(await _storage.ReadAsync([Key]))[Key]).State[TurnLedger.PropertyName];

        // Assert
        ledger.Processed.Select(p => p.ActivityId).Should().Equal(Enumerable.Range(count - TurnLedger.MaxRecords + 1, TurnLedger.MaxRecords).Select(i => $"a-{i}"));
        ledger.Processed.Count(p => p.ReplySlot is not null).Should().Be(TurnLedger.MaxReplayable);
        var replayable = ledger.Processed.TakeLast(TurnLedger.MaxReplayable).ToList();
        replayable.Select(p => p.ReplySlot!.Value).Should().OnlyHaveUniqueItems();
        var slots = await _storage.ReadAsync([.. replayable.Select(p => TurnLedger.SlotKey(Key, p.ReplySlot!.Value))]);
        replayable.Should().OnlyContain(p => ((RecordedReplies)slots[TurnLedger.SlotKey(Key, p.ReplySlot!.Value)]).ActivityId == p.ActivityId);
        slots.Values.Cast<RecordedReplies>().Should().OnlyContain(r => r.Activities.Count == 2);
        ledger.Processed.Should().OnlyContain(p => p.Replies == null, "replies live in the slots, not in the state every turn reads");
    }

    [Fact]
    public async Task ProcessActivity_RetryOfATurnBeyondTheReplayableWindow_RunsNothingAndRepliesNothing()
    {
        // Arrange: the first turn's slot has since been reused by a newer turn.
        var adapter = new BufferedTurnAdapter(_conversationState);
        for (var i = 1; i <= TurnLedger.MaxReplayable + 1; i++)
        {
            await adapter.ProcessActivityAsync(Incoming($"a-{i}"), CountingBotAsync);
        }

        // Act
        var lateRetry = await adapter.ProcessActivityAsync(Incoming("a-1"), CountingBotAsync);
        var recentRetry = await adapter.ProcessActivityAsync(Incoming("a-2"), CountingBotAsync);

        // Assert
        _runs.Should().Be(TurnLedger.MaxReplayable + 1, "both ids are still known as processed");
        lateRetry.Should().BeEmpty("its replies are no longer kept, and another turn's must not be replayed for it");
        recentRetry.Select(r => r.Text).Should().Equal("svar 2", "spørgsmål 2");
    }

    [Fact]
    public async Task DeleteAsync_ConversationState_DeletesTheReplySlotsWithIt()
    {
        // Arrange
        var adapter = new BufferedTurnAdapter(_conversationState);
        await adapter.ProcessActivityAsync(Incoming("a-1"), CountingBotAsync);
        await adapter.ProcessActivityAsync(Incoming("a-2"), CountingBotAsync);
        var slotKeys = Enumerable.Range(0, TurnLedger.MaxReplayable).Select(slot => TurnLedger.SlotKey(Key, slot)).ToArray();
        (await _storage.ReadAsync(slotKeys)).Should().HaveCount(2);

        // Act
        await adapter.ProcessActivityAsync(Incoming("a-3"), async (turn, ct) => await _conversationState.DeleteAsync(turn, ct));

        // Assert
        (await _storage.ReadAsync([Key, .. slotKeys])).Should().BeEmpty();
    }

    private static string Key => "test/conversations/conv-1";

    private static Activity Incoming(string? id) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Text = "hej",
        ChannelId = "test",
        Conversation = new ConversationAccount("conv-1"),
        From = new ChannelAccount("user-1", "Person", "user"),
        Recipient = new ChannelAccount("bot", "Bot", "bot"),
    };

    /// <summary>A bot shaped like HeelBot's: reads state, answers, changes state, saves at the end of the turn.</summary>
    private async Task CountingBotAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _runs);
        var value = await _counter.GetAsync(context, () => 0, cancellationToken) + 1;
        await context.SendActivityAsync($"svar {value}", cancellationToken);
        await context.SendActivityAsync($"spørgsmål {value}", cancellationToken);
        await _counter.SetAsync(context, value, cancellationToken);
        await _conversationState.SaveChangesAsync(context, false, cancellationToken);
    }

    private async Task<long> CounterAsync()
    {
        var document = (StateDocument)(await _storage.ReadAsync([Key]))[Key];
        return Convert.ToInt64(document.State["counter"], System.Globalization.CultureInfo.InvariantCulture);
    }
}
