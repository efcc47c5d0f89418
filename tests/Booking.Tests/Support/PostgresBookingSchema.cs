using HeelBot.Bot.Booking;
using HeelBot.Tests.Shared;
using Npgsql;

namespace HeelBot.Booking.Tests.Support;

/// <summary>
/// A schema of its own for one test in the shared test database, so every test starts empty. Stores reach it
/// through <c>Search Path</c>, each with its own pool (at most 30 connections: the server is shared with the other
/// test projects).
/// </summary>
public sealed class PostgresBookingSchema : IAsyncDisposable
{
    private readonly string _databaseConnectionString;
    private readonly List<PostgresBookingStore> _opened = [];
    private readonly Lock _lock = new();

    private PostgresBookingSchema(string databaseConnectionString, string name)
    {
        _databaseConnectionString = databaseConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(databaseConnectionString) { SearchPath = name, ApplicationName = name, MaxPoolSize = 30 }.ToString();
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<PostgresBookingSchema> CreateAsync(PostgresServerFixture server)
    {
        var schema = new PostgresBookingSchema(server.ConnectionString, "booking_test_" + Guid.NewGuid().ToString("N"));
        await using var connection = await schema.OpenRawConnectionAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema.Name}", connection);
        await command.ExecuteNonQueryAsync();
        return schema;
    }

    /// <summary>A new "host": its own store and pool on this schema.</summary>
    public PostgresBookingStore Open(TimeProvider? timeProvider = null)
    {
        var store = new PostgresBookingStore(ConnectionString, timeProvider ?? TimeProvider.System);
        lock (_lock)
        {
            _opened.Add(store);
        }

        return store;
    }

    public async Task<NpgsqlConnection> OpenRawConnectionAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(_databaseConnectionString) { SearchPath = Name, ApplicationName = "HeelBot booking tests", Pooling = false };
        var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        List<PostgresBookingStore> opened;
        lock (_lock)
        {
            opened = [.. _opened];
            _opened.Clear();
        }

        foreach (var store in opened)
        {
            await store.DisposeAsync();
        }

        await using var connection = await OpenRawConnectionAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Name} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
