using HeelBot.Builder.State;
using Npgsql;

namespace HeelBot.Storage.Postgres;

/// <summary>Which failures are worth another attempt: the connection, the server's availability, or a lost race inside it.</summary>
internal static class PostgresTransientErrors
{
    /// <summary>
    /// SQLSTATEs that mean "try again" whatever Npgsql's own list says: connection exceptions (08…), an
    /// administrator or crash shutdown and a server still starting (57P01–57P03, what a restart or an Azure
    /// failover sends), too many connections, and the two errors after which PostgreSQL has rolled the whole
    /// transaction back (serialization failure, deadlock), so running it again is safe.
    /// </summary>
    private static readonly HashSet<string> TransientStates = new(StringComparer.Ordinal)
    {
        PostgresErrorCodes.ConnectionException,
        PostgresErrorCodes.ConnectionDoesNotExist,
        PostgresErrorCodes.ConnectionFailure,
        PostgresErrorCodes.SqlClientUnableToEstablishSqlConnection,
        PostgresErrorCodes.SqlServerRejectedEstablishmentOfSqlConnection,
        PostgresErrorCodes.AdminShutdown,
        PostgresErrorCodes.CrashShutdown,
        PostgresErrorCodes.CannotConnectNow,
        PostgresErrorCodes.TooManyConnections,
        PostgresErrorCodes.SerializationFailure,
        PostgresErrorCodes.DeadlockDetected,
    };

    public static bool IsTransient(Exception exception) => exception switch
    {
        StorageConflictException or OperationCanceledException => false,
        PostgresException postgres => TransientStates.Contains(postgres.SqlState) || postgres.IsTransient,

        // Connection refused or reset, a broken stream, a timeout: Npgsql marks those transient itself.
        NpgsqlException npgsql => npgsql.IsTransient,
        _ => false,
    };
}
