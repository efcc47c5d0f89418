using HeelBot.Builder.State;
using HeelBot.Storage.Postgres;
using HeelBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace HeelBot.Bot.Hosting;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The state store named by <c>Storage:Provider</c>: <c>Sqlite</c> (default, embedded, survives restarts),
    /// <c>Postgres</c> (<c>ConnectionStrings:Postgres</c>; several instances behind a load balancer share it) or
    /// <c>Memory</c> (tests, throwaway runs). The <see cref="RetentionJob"/> expires old conversation state in the
    /// database stores.
    /// </summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = Provider(configuration);
        switch (provider.ToLowerInvariant())
        {
            case "sqlite":
                var connectionString = ResolveSqlitePath(configuration.GetConnectionString("Sqlite") ?? "Data Source=data/heelbot.db", contentRoot);
                services.AddSingleton<IStorage>(sp => new SqliteStorage(connectionString, sp.GetRequiredService<TimeProvider>()));
                break;
            case "postgres":
                AddPostgresStorage(services, configuration);
                break;
            case "memory":
                services.AddSingleton<IStorage, MemoryStorage>();
                break;
            default:
                throw new InvalidOperationException($"Storage:Provider '{provider}' is not supported here; use 'Sqlite', 'Postgres' or 'Memory'.");
        }

        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton(RetentionOptions.From(configuration));
        services.AddHostedService<RetentionJob>();
        return services;
    }

    /// <summary>The configured <c>Storage:Provider</c> (default <c>Sqlite</c>).</summary>
    public static string Provider(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration["Storage:Provider"] ?? "Sqlite";
    }

    /// <summary>Whether state lives in PostgreSQL, where several instances may share it (and must signal each other).</summary>
    public static bool IsPostgres(IConfiguration configuration) =>
        string.Equals(Provider(configuration), "Postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// One connection pool for the host (registered as <see cref="NpgsqlDataSource"/>, for other PostgreSQL stores and
    /// the Direct Line notifications to share), the storage on it with its retry settings from <c>Storage:Postgres</c>
    /// (registered too, for the others to retry alike), and the schema migration at start-up.
    /// </summary>
    private static void AddPostgresStorage(IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Postgres");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("Storage:Provider is 'Postgres' but ConnectionStrings:Postgres is empty.");
        }

        var options = configuration.GetSection("Storage:Postgres").Get<PostgresStorageOptions>() ?? new PostgresStorageOptions();
        services.AddSingleton(options);
        services.AddSingleton(_ => PostgresStorage.CreateDataSource(connectionString));
        services.AddSingleton(sp => new PostgresStorage(
            sp.GetRequiredService<NpgsqlDataSource>(),
            sp.GetRequiredService<TimeProvider>(),
            options,
            sp.GetRequiredService<ILogger<PostgresStorage>>()));
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<PostgresStorage>());
        services.AddHostedService<PostgresSchemaMigration>();
    }

    /// <summary>A relative database path is relative to the content root, not to wherever the host was started.</summary>
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
