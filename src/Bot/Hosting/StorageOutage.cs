using HeelBot.Storage.Postgres;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace HeelBot.Bot.Hosting;

/// <summary>
/// Tells a state store that cannot be reached (after the store's own retries) from a bug: the first is the
/// database's fault and passes, so the person is told to try again later and the HTTP answer says "unavailable";
/// the second is ours.
/// </summary>
public static class StorageOutage
{
    /// <summary>SQLITE_BUSY and SQLITE_LOCKED: another process holds the database file past the busy timeout.</summary>
    private static readonly HashSet<int> SqliteBusyCodes = [5, 6];

    public static bool IsOutage(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case NpgsqlException npgsql when PostgresStorage.IsTransient(npgsql):
                case SqliteException sqlite when SqliteBusyCodes.Contains(sqlite.SqliteErrorCode):
                case TimeoutException:
                    return true;
            }
        }

        return false;
    }

    /// <summary>The failure in one line (type and message; a driver's message names no user data), for the log.</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var root = exception.GetBaseException();
        return root == exception ? $"{exception.GetType().Name}: {exception.Message}" : $"{exception.GetType().Name}: {exception.Message} ({root.GetType().Name}: {root.Message})";
    }
}
