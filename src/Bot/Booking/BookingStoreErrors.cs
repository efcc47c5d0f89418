using HeelBot.Dialogs.Booking;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace HeelBot.Bot.Booking;

/// <summary>Which store failures are worth a quick retry, and which failures mean "the back end is down".</summary>
internal static class BookingStoreErrors
{
    /// <summary>SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_CANTOPEN: another writer, or the disk, for a moment.</summary>
    private static readonly HashSet<int> TransientSqliteCodes = [5, 6, 10, 14];

    public static bool IsTransient(Exception exception) => exception switch
    {
        OperationCanceledException => false,
        SqliteException sqlite => TransientSqliteCodes.Contains(sqlite.SqliteErrorCode),
        PostgresException postgres => postgres.IsTransient || postgres.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.TooManyConnections,
        NpgsqlException npgsql => npgsql.IsTransient,
        TimeoutException or IOException or BookingUnavailableException => true,
        _ => false,
    };

    /// <summary>
    /// Any failure of the store that is not the caller giving up (cancellation) or a programming error in the
    /// arguments: the booking cannot be completed now, so the request is kept.
    /// </summary>
    public static bool IsStoreFailure(Exception exception, CancellationToken cancellationToken) =>
        !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested) && exception is not ArgumentException;

    /// <summary>What a log line may say about a failure: its type (and SQL state), never its message, which could quote data.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        PostgresException postgres => $"{nameof(PostgresException)} {postgres.SqlState}",
        SqliteException sqlite => $"{nameof(SqliteException)} {sqlite.SqliteErrorCode}",
        _ => exception.GetType().Name,
    };
}
