namespace HeelBot.Bot.Authentication;

/// <summary>
/// Builds the authenticator and token provider while the host starts, so the "unauthenticated" warning and any
/// mistake in the identity show up in the start-up log rather than on the first message.
/// </summary>
public sealed class ChannelAuthenticationStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<IChannelAuthenticator>();
        services.GetRequiredService<IChannelTokenProvider>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
