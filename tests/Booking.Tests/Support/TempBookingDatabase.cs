using HeelBot.Bot.Booking;
using Microsoft.Data.Sqlite;

namespace HeelBot.Booking.Tests.Support;

/// <summary>
/// An SQLite file of its own in a fresh temp folder (one level deeper than exists, so the store must create it),
/// removed again with every store and connection the test opened on it.
/// </summary>
public sealed class TempBookingDatabase : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "heelbot-booking-tests", Guid.NewGuid().ToString("N"));
    private readonly List<SqliteBookingStore> _opened = [];
    private readonly Lock _lock = new();

    public TempBookingDatabase()
    {
        FilePath = Path.Combine(_root, "data", "heelbot.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = true }.ToString();
    }

    public string FilePath { get; }

    public string ConnectionString { get; }

    /// <summary>A new "host": its own store on this file.</summary>
    public SqliteBookingStore Open(TimeProvider? timeProvider = null)
    {
        var store = new SqliteBookingStore(ConnectionString, timeProvider ?? TimeProvider.System);
        lock (_lock)
        {
            _opened.Add(store);
        }

        return store;
    }

    public SqliteConnection OpenRawConnection()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var store in _opened)
            {
                store.Dispose();
            }
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
