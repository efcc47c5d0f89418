using HeelBot.Dialogs.Booking;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace HeelBot.Bot.Booking;

public static class BookingServiceCollectionExtensions
{
    /// <summary>
    /// Booking: the schedule (content/booking/schedule.yml, or <c>Booking:ScheduleFile</c>), the store named by
    /// <c>Storage:Provider</c> (<c>Sqlite</c> default, on <c>ConnectionStrings:Sqlite</c>; <c>Postgres</c>, on
    /// <c>ConnectionStrings:Postgres</c>, sharing the state store's pool when there is one; <c>Memory</c>, an in-memory
    /// SQLite database), the <see cref="IBookingProvider"/> chosen by <c>Booking:Provider</c> (<c>Builtin</c> default,
    /// or <c>LinkOut</c>), the start-up seeding and the <see cref="BookingRetryJob"/>.
    /// </summary>
    public static IServiceCollection AddBooking(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = BookingOptions.From(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton(_ => string.IsNullOrWhiteSpace(options.ScheduleFile) ? BookingSchedule.LoadEmbedded() : BookingSchedule.LoadFile(options.ScheduleFile));
        services.AddSingleton(CreateStoreFactory(configuration));
        services.AddSingleton<PendingBookingBuffer>();
        services.AddSingleton<BookingScheduleSync>();
        services.AddSingleton<BuiltinBookingProvider>();
        services.AddSingleton<LinkOutBookingProvider>();
        services.AddSingleton<IBookingProvider, BookingProviderRouter>();
        services.AddHostedService<BookingStartup>();
        services.AddHostedService<BookingRetryJob>();
        return services;
    }

    private static Func<IServiceProvider, IBookingStore> CreateStoreFactory(IConfiguration configuration)
    {
        var provider = configuration["Storage:Provider"] ?? "Sqlite";
        switch (provider.ToLowerInvariant())
        {
            case "sqlite":
                var sqlite = configuration.GetConnectionString("Sqlite") ?? "Data Source=data/heelbot.db";
                return services => new SqliteBookingStore(
                    ResolveSqlitePath(sqlite, services.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory),
                    services.GetRequiredService<TimeProvider>());
            case "memory":
                return services => new SqliteBookingStore("Data Source=:memory:", services.GetRequiredService<TimeProvider>());
            case "postgres":
                var postgres = configuration.GetConnectionString("Postgres");
                if (string.IsNullOrWhiteSpace(postgres))
                {
                    throw new InvalidOperationException("Storage:Provider is 'Postgres' but ConnectionStrings:Postgres is empty.");
                }

                // One pool per host: the state store's, when AddBotStorage registered it.
                return services => services.GetService<NpgsqlDataSource>() is { } shared
                    ? new PostgresBookingStore(shared, services.GetRequiredService<TimeProvider>())
                    : new PostgresBookingStore(postgres, services.GetRequiredService<TimeProvider>());
            default:
                throw new InvalidOperationException($"Storage:Provider '{provider}' is not supported here; use 'Sqlite', 'Postgres' or 'Memory'.");
        }
    }

    /// <summary>A relative database path is relative to the content root, as the state store's is.</summary>
    private static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } path && path != ":memory:" && !path.StartsWith("file:", StringComparison.Ordinal) && !Path.IsPathRooted(path))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, path));
        }

        return builder.ToString();
    }
}
