using HeelBot.Builder.State;
using HeelBot.Storage.Postgres;
using Npgsql;

namespace HeelBot.Resilience.Tests.Support;

/// <summary>
/// A schema of its own in the test database, so every test starts from an empty store (the hosts create the tables
/// in it at start-up), with a storage of the test's own to look at what the hosts stored.
/// </summary>
public sealed class PostgresSchema : IAsyncDisposable
{
    private PostgresSchema(string connectionString, string name)
    {
        ConnectionString = connectionString;
        Name = name;
        Storage = new PostgresStorage(connectionString, TimeProvider.System);
    }

    /// <summary>The test database with <c>Search Path</c> set to this schema: what the hosts are given.</summary>
    public string ConnectionString { get; }

    public string Name { get; }

    public PostgresStorage Storage { get; }

    public static async Task<PostgresSchema> CreateAsync(PostgresServerFixture server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString) { SearchPath = name }.ToString();
        return new PostgresSchema(connectionString, name);
    }

    /// <summary>The same database through <paramref name="host"/> and <paramref name="port"/> (a forwarder in between).</summary>
    public string ConnectionStringVia(string host, int port) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Host = host, Port = port }.ToString();

    /// <summary>The server's own address, for a forwarder to connect to.</summary>
    public (string Host, int Port) Server
    {
        get
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
            return (builder.Host!, builder.Port);
        }
    }

    /// <summary>A conversation's stored state, or null.</summary>
    public async Task<StateDocument?> ReadStateAsync(string channelId, string conversationId)
    {
        var key = $"{channelId}/conversations/{conversationId}";
        var items = await Storage.ReadAsync([key]);
        return items.TryGetValue(key, out var item) ? item as StateDocument : null;
    }

    public async ValueTask DisposeAsync() => await Storage.DisposeAsync();
}
