using HeelBot.Builder.Core;

namespace HeelBot.Builder.State;

internal sealed class BotStatePropertyAccessor<T>(BotState state, string name) : IStatePropertyAccessor<T>
{
    public string Name { get; } = name;

    public async Task<T> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default)
    {
        if (await state.HasPropertyAsync(turnContext, Name, cancellationToken).ConfigureAwait(false))
        {
            return (await state.GetPropertyValueAsync<T>(turnContext, Name, cancellationToken).ConfigureAwait(false))!;
        }

        if (defaultValueFactory is null)
        {
            return default!;
        }

        // The default is stored so that changes the caller makes to it are saved with the state.
        var value = defaultValueFactory();
        await SetAsync(turnContext, value, cancellationToken).ConfigureAwait(false);
        return value;
    }

    public Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default) =>
        state.SetPropertyValueAsync(turnContext, Name, value, cancellationToken);

    public Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        state.SetPropertyValueAsync(turnContext, Name, null, cancellationToken);
}
