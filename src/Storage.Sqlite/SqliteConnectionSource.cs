using Microsoft.Data.Sqlite;

namespace HeelBot.Storage.Sqlite;

/// <summary>
/// Hands out connections. A file database gets a fresh (pooled) connection per operation, so
/// concurrent operations use separate connections and SQLite's own locking. An in-memory database
/// exists only as long as its one connection, so that connection is held open for the storage's
/// lifetime and used by one operation at a time.
/// </summary>
public sealed class SqliteConnectionSource : IDisposable
{
    /// <summary>How long a writer waits for another writer's lock before SQLite reports "busy".</summary>
    private const int BusyTimeoutMilliseconds = 5000;

    private readonly string _connectionString;
    private readonly SqliteConnection? _shared;
    private readonly SemaphoreSlim _sharedGate = new(1, 1);

    public SqliteConnectionSource(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new SqliteConnectionStringBuilder(connectionString);
        _connectionString = builder.ConnectionString;

        // An empty Data Source is a private temporary database: as connection-bound as :memory:.
        IsInMemory = builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:";
        if (IsInMemory)
        {
            _shared = new SqliteConnection(_connectionString);
        }
        else
        {
            CreateDirectoryFor(builder.DataSource);
        }
    }

    public bool IsInMemory { get; }

    public async Task<SqliteConnectionLease> OpenAsync(CancellationToken cancellationToken)
    {
        if (_shared is not null)
        {
            await _sharedGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (_shared.State != System.Data.ConnectionState.Open)
                {
                    await _shared.OpenAsync(cancellationToken).ConfigureAwait(false);
                }

                return new SqliteConnectionLease(_shared, () => _sharedGate.Release());
            }
            catch
            {
                _sharedGate.Release();
                throw;
            }
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return new SqliteConnectionLease(connection, connection.Dispose);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public void Dispose()
    {
        _shared?.Dispose();
        _sharedGate.Dispose();
    }

    private static void CreateDirectoryFor(string dataSource)
    {
        // URI file names ("file:...") and |DataDirectory| paths are resolved by SQLite, not here; a
        // plain path gets its folder created so a fresh deployment can use ".db/heelbot.db" as is.
        if (dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || dataSource.StartsWith("|DataDirectory|", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
