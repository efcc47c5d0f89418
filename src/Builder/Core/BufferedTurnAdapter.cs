using HeelBot.Builder.Schema;
using HeelBot.Builder.State;

namespace HeelBot.Builder.Core;

/// <summary>
/// Runs each turn as a unit: replies are held back while the bot runs; if saving state hits an ETag
/// conflict (another instance answered first) the turn is run again on fresh state; only a turn whose
/// state was saved releases its replies. So two instances never double-answer (the 42.scaleout pattern).
/// </summary>
public class BufferedTurnAdapter(int maxAttempts = 3) : BotAdapter
{
    private const string BufferKey = "HeelBot.Builder.Core.BufferedTurnAdapter.Replies";

    /// <summary>
    /// Runs the turn and returns the replies it produced, in order, ready to deliver. Updates and
    /// deletes (which cannot wait) go straight to <paramref name="delivery"/>.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> ProcessActivityAsync(Activity activity, BotCallbackHandler callback, IActivityDelivery? delivery = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        for (var attempt = 1; ; attempt++)
        {
            var context = new TurnContext(this, activity.Clone());
            var replies = new List<Activity>();
            context.TurnState.Set(BufferKey, replies);
            if (delivery is not null)
            {
                context.TurnState.Add(delivery);
            }

            try
            {
                await RunPipelineAsync(context, callback, cancellationToken).ConfigureAwait(false);
                return replies;
            }
            catch (StorageConflictException) when (attempt < maxAttempts)
            {
                // Someone else saved this conversation first: drop our replies and run on their state.
            }
        }
    }

    /// <summary>Drops what the turn has said so far (a failed turn answers with an apology only).</summary>
    public static void DiscardReplies(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Get<List<Activity>>(BufferKey)?.Clear();
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var buffer = turnContext.TurnState.Get<List<Activity>>(BufferKey)
            ?? throw new InvalidOperationException("SendActivitiesAsync outside a turn run by this adapter.");
        buffer.AddRange(activities);
        return Task.FromResult(activities.Select(_ => new ResourceResponse(null)).ToArray());
    }

    public override async Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        await Delivery(turnContext).UpdateAsync(activity, cancellationToken).ConfigureAwait(false);

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        Delivery(turnContext).DeleteAsync(reference, cancellationToken);

    protected override bool IsRetryable(Exception exception) => exception is StorageConflictException;

    private static IActivityDelivery Delivery(ITurnContext turnContext) =>
        turnContext.TurnState.Get<IActivityDelivery>()
        ?? throw new InvalidOperationException("No IActivityDelivery in the turn state: updates and deletes need a channel to go to.");
}
