namespace HeelBot.Builder.Core;

/// <summary>Runs around every turn; call <paramref name="next"/> to continue the pipeline (or not, to short-circuit).</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default);
}
