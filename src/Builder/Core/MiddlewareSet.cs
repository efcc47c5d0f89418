namespace HeelBot.Builder.Core;

/// <summary>An ordered middleware pipeline ending in the bot's callback.</summary>
public sealed class MiddlewareSet : IMiddleware
{
    private readonly List<IMiddleware> _middleware = [];

    public MiddlewareSet Use(IMiddleware middleware)
    {
        _middleware.Add(middleware);
        return this;
    }

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
        RunAsync(turnContext, ct => next(ct), cancellationToken);

    public Task ReceiveActivityWithStatusAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        RunAsync(turnContext, ct => callback(turnContext, ct), cancellationToken);

    private Task RunAsync(ITurnContext turnContext, Func<CancellationToken, Task> last, CancellationToken cancellationToken)
    {
        return Step(0, cancellationToken);

        Task Step(int index, CancellationToken ct) =>
            index == _middleware.Count
                ? last(ct)
                : _middleware[index].OnTurnAsync(turnContext, next => Step(index + 1, next), ct);
    }
}
