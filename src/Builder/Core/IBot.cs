namespace HeelBot.Builder.Core;

/// <summary>The application's turn logic.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
