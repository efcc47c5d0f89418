using HeelBot.Builder.Schema;

namespace HeelBot.Builder.Core;

/// <summary>A hook on outgoing activities; call <paramref name="next"/> to send them on.</summary>
public delegate Task<ResourceResponse[]> SendActivitiesHandler(
    ITurnContext turnContext,
    List<Activity> activities,
    Func<Task<ResourceResponse[]>> next);
