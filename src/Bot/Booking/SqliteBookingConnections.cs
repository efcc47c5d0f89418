using Microsoft.Data.Sqlite;

namespace HeelBot.Bot.Booking;

/// <summary>
/// Connections for <see cref="SqliteBookingStore"/>. A file database gets a fresh pooled connection per operation,
/// so concurrent bookings use SQLite's own locking (writers queue for up to the busy timeout). An in-memory
/// database lives only as long as a connection to it, so that one connection is held open and lent to one
/// operation at a time.
/// </summary>
internal sealed class SqliteBookingConnections : IDisposable
{
    private const int BusyTimeoutMilliseconds = 10_000;

    private readonly string _connectionString;
    private readonly SqliteConnection? _shared;
    private readonly SemaphoreSlim _sharedGate = new(1, 1);

    public SqliteBookingConnections(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new SqliteConnectionStringBuilder(connectionString);
        _connectionString = builder.ConnectionString;
        IsInMemory = builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:";
        if (IsInMemory)
        {
            _shared = new SqliteConnection(_connectionString);
        }
        else if (!builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            && Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }
    }

    public bool IsInMemory { get; }

    /// <summary>An open connection; dispose the lease to give it back.</summary>
    public async Task<Lease> OpenAsync(CancellationToken cancellationToken)
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

                return new Lease(_shared, () => _sharedGate.Release());
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
            return new Lease(connection, connection.Dispose);
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

    /// <summary>One operation's connection.</summary>
    internal sealed class Lease(SqliteConnection connection, Action release) : IDisposable
    {
        private Action? _release = release;

        public SqliteConnection Connection { get; } = connection;

        public void Dispose() => Interlocked.Exchange(ref _release, null)?.Invoke();
    }
}
