namespace HeelBot.Bot.Channels.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// The self-hosted Direct Line channel: options from the <c>DirectLine</c> section, token signing, the
    /// conversation store (in the bot's <c>IStorage</c>) and the per-process notifier that feeds open streams.
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<DirectLineOptions>(configuration.GetSection(DirectLineOptions.SectionName));
        services.AddSingleton<DirectLineSigningKey>();
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineAuthenticator>();
        services.AddSingleton<DirectLineStore>();
        services.AddSingleton<DirectLineNotifier>();
        services.AddSingleton<DirectLineTurnRunner>();
        return services;
    }
}
