using HeelBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace HeelBot.Storage.Tests.Support;

/// <summary>
/// A database file of its own in a fresh temp folder (one level deeper than exists, so the storage
/// must create it), removed again with every connection the test opened on it.
/// </summary>
public sealed class TempSqliteDatabase : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "heelbot-storage-tests", Guid.NewGuid().ToString("N"));
    private readonly List<SqliteStorage> _opened = [];
    private readonly Lock _lock = new();

    public TempSqliteDatabase()
    {
        FilePath = Path.Combine(_root, "data", "state.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = true }.ToString();
    }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public SqliteStorage Open(TimeProvider? timeProvider = null)
    {
        var storage = new SqliteStorage(ConnectionString, timeProvider ?? TimeProvider.System);
        lock (_lock)
        {
            _opened.Add(storage);
        }

        return storage;
    }

    /// <summary>A plain connection for looking at (or damaging) the rows behind the storage's back.</summary>
    public SqliteConnection OpenRawConnection()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Closes the pooled connections, as a process exit would.</summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var storage in _opened)
            {
                storage.Dispose();
            }
        }

        ClearPool();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
