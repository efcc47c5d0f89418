using HeelBot.Storage.Postgres;
using HeelBot.Tests.Shared;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HeelBot.Storage.Tests.Postgres;

/// <summary>
/// A schema of its own for one test in the shared test database, so every test starts from an empty store (as
/// each SQLite test gets a new file). The storages it opens reach it through <c>Search Path</c> and carry its
/// name as their application name, so a test can find (and cut) exactly their connections.
/// </summary>
public sealed class PostgresTestSchema : IAsyncDisposable
{
    private readonly string _databaseConnectionString;
    private readonly List<PostgresStorage> _opened = [];
    private readonly Lock _lock = new();

    private PostgresTestSchema(string databaseConnectionString, string name)
    {
        _databaseConnectionString = databaseConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(databaseConnectionString) { SearchPath = name, ApplicationName = name }.ToString();
    }

    public string Name { get; }

    /// <summary>What a host would be configured with: the database, with this schema as its search path.</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresTestSchema> CreateAsync(PostgresServerFixture server)
    {
        var schema = new PostgresTestSchema(server.ConnectionString, "test_" + Guid.NewGuid().ToString("N"));
        await using var connection = await schema.OpenRawConnectionAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema.Name}", connection);
        await command.ExecuteNonQueryAsync();
        return schema;
    }

    /// <summary>A new "host": its own storage and connection pool on this schema.</summary>
    public PostgresStorage Open(TimeProvider? timeProvider = null, PostgresStorageOptions? options = null, ILogger<PostgresStorage>? logger = null)
    {
        var storage = new PostgresStorage(ConnectionString, timeProvider ?? TimeProvider.System, options, logger);
        lock (_lock)
        {
            _opened.Add(storage);
        }

        return storage;
    }

    /// <summary>A plain connection for looking at (or damaging) the rows behind the storage's back.</summary>
    public async Task<NpgsqlConnection> OpenRawConnectionAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(_databaseConnectionString) { SearchPath = Name, ApplicationName = "HeelBot storage tests", Pooling = false };
        var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>
    /// Ends the server side of every connection the storages hold (idle in their pools), as a server restart or
    /// an Azure failover does: they get 57P01 on their next use. Waits until the backends are gone.
    /// </summary>
    public async Task<int> TerminateStorageConnectionsAsync()
    {
        await using var connection = await OpenRawConnectionAsync();
        await using var command = new NpgsqlCommand(
            """
            WITH targets AS MATERIALIZED (SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid())
            SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 10000)) FROM targets
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Name });
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        List<PostgresStorage> opened;
        lock (_lock)
        {
            opened = [.. _opened];
            _opened.Clear();
        }

        foreach (var storage in opened)
        {
            await storage.DisposeAsync();
        }

        await using var connection = await OpenRawConnectionAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Name} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
