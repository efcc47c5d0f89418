using HeelBot.Builder.Schema;

namespace HeelBot.Builder.Core;

public sealed class TurnContext(BotAdapter adapter, Activity activity) : ITurnContext
{
    private readonly List<SendActivitiesHandler> _onSend = [];

    public BotAdapter Adapter { get; } = adapter ?? throw new ArgumentNullException(nameof(adapter));

    public Activity Activity { get; } = activity ?? throw new ArgumentNullException(nameof(activity));

    public bool Responded { get; private set; }

    public TurnContextStateCollection TurnState { get; } = [];

    public async Task<ResourceResponse?> SendActivityAsync(string text, CancellationToken cancellationToken = default) =>
        await SendActivityAsync(MessageFactory.Text(text), cancellationToken).ConfigureAwait(false);

    public async Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var responses = await SendActivitiesAsync([activity], cancellationToken).ConfigureAwait(false);
        return responses.FirstOrDefault();
    }

    public Task<ResourceResponse[]> SendActivitiesAsync(Activity[] activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var reference = Activity.GetConversationReference();
        var outgoing = activities.Select(a => Address(a, reference)).ToList();
        return RunSendHandlers(0);

        Task<ResourceResponse[]> RunSendHandlers(int index)
        {
            if (index < _onSend.Count)
            {
                return _onSend[index](this, outgoing, () => RunSendHandlers(index + 1));
            }

            if (outgoing.Any(a => a.Type != ActivityTypes.Trace))
            {
                Responded = true;
            }

            return Adapter.SendActivitiesAsync(this, [.. outgoing], cancellationToken);
        }
    }

    public Task<ResourceResponse?> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        Adapter.UpdateActivityAsync(this, Address(activity, Activity.GetConversationReference()), cancellationToken);

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        var reference = Activity.GetConversationReference();
        reference.ActivityId = activityId;
        return Adapter.DeleteActivityAsync(this, reference, cancellationToken);
    }

    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        _onSend.Add(handler);
        return this;
    }

    /// <summary>
    /// Addresses a copy: addressing only fills empty fields, so an activity object the bot reuses (a
    /// cached card, a shared message) would otherwise keep the first conversation's address for good.
    /// </summary>
    private static Activity Address(Activity activity, ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var outgoing = activity.Clone();
        outgoing.Type ??= ActivityTypes.Message;
        return outgoing.ApplyConversationReference(reference);
    }
}
