using System.Globalization;
using HeelBot.Booking.Tests.Support;
using HeelBot.Bot.Booking;
using Microsoft.Data.Sqlite;

namespace HeelBot.Booking.Tests.Contract;

/// <summary>The contract on an SQLite file in a temp folder (the default store), each host with its own connections.</summary>
public sealed class SqliteBookingContractTests : BookingContractTests
{
    private readonly TempBookingDatabase _database = new();

    protected override Task<IBookingStore> CreateStoreAsync() => Task.FromResult<IBookingStore>(_database.Open());

    protected override Task DisposeStoresAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    protected override async Task<long> CountAsync(string sql)
    {
        await using var connection = _database.OpenRawConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    protected override string TimeLiteral(DateTimeOffset instant) =>
        "'" + instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) + "'";
}
