using HeelBot.Booking.Tests.Support;
using HeelBot.Builder.State;
using HeelBot.Storage.Sqlite;

namespace HeelBot.Booking.Tests.Contract;

/// <summary>What only SQLite shows: the booking tables live in the same file as the state store without touching it.</summary>
public sealed class SqliteBookingStoreTests : IDisposable
{
    private readonly TempBookingDatabase _database = new();

    [Fact]
    public async Task EnsureCreatedAsync_FileSharedWithStateStore_BothWorkAndKeepTheirOwnVersions()
    {
        // Arrange
        using var state = new SqliteStorage(_database.ConnectionString, TimeProvider.System);
        await state.WriteAsync(new Dictionary<string, object> { ["webchat/conversations/1"] = new StateDocument { State = { ["location"] = "under" } } });

        // Act
        var store = _database.Open();
        await store.EnsureCreatedAsync();
        await new SqliteStorage(_database.ConnectionString, TimeProvider.System).EnsureCreatedAsync();

        // Assert
        (await state.ReadAsync(["webchat/conversations/1"])).Should().ContainKey("webchat/conversations/1");
        using var connection = _database.OpenRawConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT group_concat(name) FROM schema_version), (SELECT group_concat(name) FROM booking_schema_version), (SELECT journal_mode FROM pragma_journal_mode)";
        using var reader = command.ExecuteReader();
        reader.Read().Should().BeTrue();
        (reader.GetString(0), reader.GetString(1), reader.GetString(2)).Should().Be(("bot_state", "booking_schedule", "wal"));
    }

    public void Dispose() => _database.Dispose();
}
