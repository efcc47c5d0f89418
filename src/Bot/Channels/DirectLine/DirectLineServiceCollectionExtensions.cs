using HeelBot.Bot.Hosting;
using HeelBot.Storage.Postgres;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HeelBot.Bot.Channels.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>The LISTEN/NOTIFY channel's topic: its name in the database is derived from it and the schema.</summary>
    public const string NotificationTopic = "directline";

    /// <summary>
    /// The self-hosted Direct Line channel: options from the <c>DirectLine</c> section, token signing, the
    /// conversation store (in the bot's <c>IStorage</c>) and the notifier that feeds open streams: in-process, or with
    /// <c>Storage:Provider=Postgres</c> (instances sharing a database) carried between instances by PostgreSQL.
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<DirectLineOptions>(configuration.GetSection(DirectLineOptions.SectionName));
        services.AddSingleton<DirectLineSigningKey>();
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineAuthenticator>();
        services.AddSingleton<DirectLineStore>();
        if (StorageServiceCollectionExtensions.IsPostgres(configuration))
        {
            // The data source is the storage's (AddBotStorage registers it); one more connection of its pool listens.
            services.AddSingleton(sp => new PostgresNotificationChannel(
                sp.GetRequiredService<NpgsqlDataSource>(),
                NotificationTopic,
                sp.GetService<PostgresStorageOptions>(),
                sp.GetRequiredService<ILogger<PostgresNotificationChannel>>()));
            services.AddSingleton<PostgresDirectLineNotifier>();
            services.AddSingleton<IDirectLineNotifier>(sp => sp.GetRequiredService<PostgresDirectLineNotifier>());
            services.AddHostedService(sp => sp.GetRequiredService<PostgresDirectLineNotifier>());
        }
        else
        {
            services.AddSingleton<IDirectLineNotifier, InProcessDirectLineNotifier>();
        }

        services.AddSingleton<DirectLineTurnRunner>();
        return services;
    }
}
