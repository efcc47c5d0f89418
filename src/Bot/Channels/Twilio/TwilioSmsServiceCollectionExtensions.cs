namespace HeelBot.Bot.Channels.Twilio;

public static class TwilioSmsServiceCollectionExtensions
{
    /// <summary>
    /// The direct Twilio SMS channel: options from the <c>Twilio</c> section, the webhook's rate limits, the opt-out
    /// list (in the bot's <c>IStorage</c>) and the REST sender used when <c>Twilio:ReplyMode</c> is <c>Rest</c>.
    /// </summary>
    public static IServiceCollection AddTwilioSms(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<TwilioSmsOptions>(configuration.GetSection(TwilioSmsOptions.SectionName));
        services.AddSingleton<TwilioSmsRateLimiter>();
        services.AddSingleton<TwilioOptOutStore>();
        services.AddHttpClient<ITwilioMessageSender, TwilioRestMessageSender>();
        return services;
    }
}
