using Microsoft.Data.Sqlite;

namespace HeelBot.Storage.Sqlite;

/// <summary>
/// An open connection for one operation. Disposing returns it: a pooled file connection is closed,
/// the shared in-memory connection is handed to the next waiter.
/// </summary>
public sealed class SqliteConnectionLease(SqliteConnection connection, Action release) : IDisposable
{
    private Action? _release = release;

    public SqliteConnection Connection { get; } = connection;

    public void Dispose() => Interlocked.Exchange(ref _release, null)?.Invoke();
}
