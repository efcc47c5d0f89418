using System.Globalization;
using HeelBot.Booking.Tests.Support;
using HeelBot.Bot.Booking;
using HeelBot.Tests.Shared;
using Npgsql;

namespace HeelBot.Booking.Tests.Contract;

/// <summary>The contract on a real PostgreSQL server (the scale-out store), each test in a fresh schema.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresBookingContractTests(PostgresServerFixture server) : BookingContractTests
{
    private PostgresBookingSchema? _schema;

    protected override async Task<IBookingStore> CreateStoreAsync()
    {
        _schema ??= await PostgresBookingSchema.CreateAsync(server);
        return _schema.Open();
    }

    protected override async Task DisposeStoresAsync()
    {
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }

    protected override async Task<long> CountAsync(string sql)
    {
        await using var connection = await _schema!.OpenRawConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    protected override string TimeLiteral(DateTimeOffset instant) =>
        "'" + instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + "+00'::timestamptz";
}
