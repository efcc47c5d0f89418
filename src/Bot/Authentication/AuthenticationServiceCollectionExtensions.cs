using Microsoft.Extensions.Options;

namespace HeelBot.Bot.Authentication;

public static class AuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Binds the Bot Framework keys (checked at start-up), and picks the channel authenticator and the outbound token
    /// provider: JWT validation and client-credentials or managed-identity tokens when MicrosoftAppId is set,
    /// anonymous (and said so loudly at start-up) when it is not.
    /// </summary>
    public static IServiceCollection AddChannelAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotFrameworkOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();
        services.AddHttpClient(ClientCredentialsTokenSource.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<IChannelAuthenticator>(CreateAuthenticator);
        services.AddSingleton<IChannelTokenProvider>(CreateTokenProvider);
        services.AddHostedService<ChannelAuthenticationStartup>();
        return services;
    }

    private static IChannelAuthenticator CreateAuthenticator(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("HeelBot.Authentication");
        if (options.IsAuthenticationDisabled)
        {
            logger.LogWarning("MicrosoftAppId is empty: /api/messages accepts UNAUTHENTICATED requests. Use this for local development only.");
            return new AnonymousChannelAuthenticator();
        }

        logger.LogInformation("/api/messages requires Bot Framework tokens for app {AppId} ({AppType}).", options.MicrosoftAppId, options.AppType);
        return new BotFrameworkAuthenticator(
            options,
            provider.GetService<TimeProvider>() ?? TimeProvider.System,
            provider.GetRequiredService<ILogger<BotFrameworkAuthenticator>>());
    }

    private static IChannelTokenProvider CreateTokenProvider(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        if (options.IsAuthenticationDisabled)
        {
            return new AnonymousChannelTokenProvider();
        }

        var timeProvider = provider.GetService<TimeProvider>() ?? TimeProvider.System;
        IChannelTokenSource source = options.AppType == BotAppType.UserAssignedMsi
            ? new ManagedIdentityTokenSource(ManagedIdentityTokenSource.CredentialFor(options))
            : new ClientCredentialsTokenSource(provider.GetRequiredService<IHttpClientFactory>(), options, timeProvider);
        return new CachedChannelTokenProvider(source, timeProvider);
    }
}
