using HeelBot.Builder.Schema;

namespace HeelBot.Builder.Core;

/// <summary>One turn: the incoming activity, a way to answer, and state that lives for the turn.</summary>
public interface ITurnContext
{
    BotAdapter Adapter { get; }

    Activity Activity { get; }

    /// <summary>True once something has been sent in this turn.</summary>
    bool Responded { get; }

    /// <summary>Per-turn services and cached state (not persisted).</summary>
    TurnContextStateCollection TurnState { get; }

    Task<ResourceResponse?> SendActivityAsync(string text, CancellationToken cancellationToken = default);

    Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse[]> SendActivitiesAsync(Activity[] activities, CancellationToken cancellationToken = default);

    Task<ResourceResponse?> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);

    ITurnContext OnSendActivities(SendActivitiesHandler handler);
}
