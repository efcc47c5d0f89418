using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;

namespace HeelBot.Builder.State;

/// <summary>
/// Records each turn in a transcript: what the turn received and what the bot sent, in order, each passed through a
/// <see cref="TranscriptActivityFilter"/> first (the application redacts there; nothing unfiltered is ever written).
/// Only a turn that completed is logged, once, after the bot has run, so a turn that failed or is run again after a
/// state conflict leaves no half record. A failing filter or store never fails the turn: the person still gets their
/// answer, the turn is left out, and <c>onError</c> hears about it.
/// </summary>
public sealed class TranscriptLoggerMiddleware(
    ITranscriptLogger logger,
    TranscriptActivityFilter filter,
    TimeProvider timeProvider,
    Action<ITurnContext, Exception>? onError = null) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);

        // Times are the bot's own clock: a channel's timestamp is the sender's, and this record orders by ours.
        var received = timeProvider.GetUtcNow();
        var sent = new List<Activity>();
        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            // After the handlers registered later (the application's stamping) have had their say.
            var responses = await nextSend().ConfigureAwait(false);
            var now = timeProvider.GetUtcNow();
            foreach (var activity in activities)
            {
                var copy = activity.Clone();
                copy.Timestamp = now;
                sent.Add(copy);
            }

            return responses;
        });

        await next(cancellationToken).ConfigureAwait(false);

        var incoming = turnContext.Activity.Clone();
        incoming.Timestamp = received;
        var channelId = incoming.ChannelId;
        var conversationId = incoming.Conversation?.Id;
        if (string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(conversationId))
        {
            return;
        }

        try
        {
            var logged = new List<Activity>(sent.Count + 1);
            if (await filter(turnContext, incoming, true, cancellationToken).ConfigureAwait(false) is { } first)
            {
                logged.Add(first);
            }

            foreach (var activity in sent)
            {
                if (await filter(turnContext, activity, false, cancellationToken).ConfigureAwait(false) is { } reply)
                {
                    logged.Add(reply);
                }
            }

            await logger.LogActivitiesAsync(channelId, conversationId, logged, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            onError?.Invoke(turnContext, ex);
        }
    }
}
