using HeelBot.Builder.Core;

namespace HeelBot.Bot.Hosting;

/// <summary>
/// Builds the bot while the host starts, so broken content (a prompt file, the lexicon, the regions) stops
/// the start with a clear error instead of turning every later message into a 500.
/// </summary>
internal sealed class ConversationWarmup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<IBot>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
