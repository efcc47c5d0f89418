using System.Diagnostics;
using HeelBot.LoadTool.People;
using HeelBot.LoadTool.Transports;

namespace HeelBot.LoadTool.Running;

/// <summary>
/// Plays one person through one conversation, timing each turn (request sent until the replies are read) and
/// checking each batch of replies with the person. A conversation with more than <see cref="MaxTurns"/> turns is
/// stuck, and counted as an error.
/// </summary>
public static class ConversationDriver
{
    public const int MaxTurns = 20;

    /// <param name="mayStartTurn">Asked before each turn; false stops the conversation (the window is over).</param>
    /// <param name="turnLimit">Leave the conversation idle after this many turns (counted as stopped, not an error).</param>
    public static async Task<ConversationOutcome> RunAsync(
        IChatTransport transport,
        IPerson person,
        string conversationId,
        Func<bool> mayStartTurn,
        WorkerTally tally,
        LiveCounters live,
        CancellationToken cancellationToken,
        int turnLimit = MaxTurns)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(mayStartTurn);
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(live);
        var turns = 0;
        try
        {
            var started = Stopwatch.GetTimestamp();
            var opening = await transport.OpenAsync(conversationId, conversationId + "-u", person.Locale, cancellationToken).ConfigureAwait(false);
            if (opening.WasTurn)
            {
                Record(tally, live, started);
                turns++;
            }

            var replies = opening.Replies;
            while (true)
            {
                var step = person.Next(replies);
                if (step.Outcome is { } outcome)
                {
                    tally.Completed++;
                    tally.Outcomes[outcome] = tally.Outcomes.GetValueOrDefault(outcome) + 1;
                    live.Complete();
                    return ConversationOutcome.Completed;
                }

                if (step.Failure is { } failure)
                {
                    return Fail(tally, live, failure);
                }

                if (turns >= turnLimit || !mayStartTurn())
                {
                    tally.Stopped++;
                    return ConversationOutcome.Stopped;
                }

                if (turns >= MaxTurns)
                {
                    return Fail(tally, live, $"no disposition after {MaxTurns} turns");
                }

                var sent = Stopwatch.GetTimestamp();
                replies = await opening.Session.SendAsync(step.Text!, cancellationToken).ConfigureAwait(false);
                Record(tally, live, sent);
                turns++;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            tally.Stopped++;
            return ConversationOutcome.Stopped;
        }
        catch (Exception ex) when (ex is TurnFailedException or HttpRequestException or OperationCanceledException or IOException)
        {
            // An OperationCanceledException the caller did not ask for is HttpClient's request timeout.
            var reason = ex is OperationCanceledException ? "request timed out" : ex.Message;
            return Fail(tally, live, $"turn {turns + 1}: {reason}");
        }
    }

    private static void Record(WorkerTally tally, LiveCounters live, long started)
    {
        tally.Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        tally.Turns++;
        live.Turn();
    }

    private static ConversationOutcome Fail(WorkerTally tally, LiveCounters live, string reason)
    {
        tally.Fail(reason);
        live.Fail();
        return ConversationOutcome.Failed;
    }
}
