using HeelBot.Builder.Schema;

namespace HeelBot.Builder.Core;

/// <summary>Connects the bot to a channel: runs the middleware pipeline and carries activities out.</summary>
public abstract class BotAdapter
{
    protected MiddlewareSet MiddlewareSet { get; } = new();

    /// <summary>Called when a turn throws; the default rethrows.</summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    public BotAdapter Use(IMiddleware middleware)
    {
        MiddlewareSet.Use(middleware);
        return this;
    }

    public abstract Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken);

    public abstract Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    public abstract Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>Runs the middleware and then <paramref name="callback"/>; errors go to <see cref="OnTurnError"/>.</summary>
    protected Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        RunGuardedAsync(turnContext, ct => MiddlewareSet.ReceiveActivityWithStatusAsync(turnContext, callback, ct), cancellationToken);

    /// <summary>
    /// Runs <paramref name="turn"/> (an adapter's own steps around the middleware pipeline); errors go to
    /// <see cref="OnTurnError"/>, as the pipeline's do.
    /// </summary>
    protected async Task RunGuardedAsync(ITurnContext turnContext, Func<CancellationToken, Task> turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        try
        {
            await turn(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (OnTurnError is not null && ex is not OperationCanceledException && !IsRetryable(ex))
        {
            await OnTurnError(turnContext, ex).ConfigureAwait(false);
        }
    }

    /// <summary>Exceptions the adapter handles itself by re-running the turn (e.g. a storage ETag conflict).</summary>
    protected virtual bool IsRetryable(Exception exception) => false;
}
