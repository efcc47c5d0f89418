using Microsoft.Data.Sqlite;
using Npgsql;

namespace HeelBot.LoadTool.Measuring;

/// <summary>
/// Reads the size of HeelBot's <c>bot_state</c> rows (src/Storage.Sqlite and src/Storage.Postgres, migration 0001)
/// whose key contains a marker: the ids the load tool gave a batch of conversations and their users.
/// </summary>
public static class StoredStateProbe
{
    public static async Task<StoredState> SqliteAsync(string databasePath, string marker, CancellationToken cancellationToken)
    {
        // Read-only beside the running host: the database is in WAL mode, so this reader blocks no writer.
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT count(*),
                   coalesce(sum(length(CAST(document AS BLOB))), 0),
                   coalesce(sum(length(CAST(document AS BLOB)) + length(CAST(key AS BLOB)) + length(etag) + length(updated_at)), 0)
            FROM bot_state WHERE instr(key, $marker) > 0;
            """;
        command.Parameters.AddWithValue("$marker", marker);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new StoredState(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    public static async Task<StoredState> PostgresAsync(string connectionString, string marker, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT count(*),
                   coalesce(sum(octet_length(document)), 0),
                   coalesce(sum(octet_length(document) + octet_length(key) + octet_length(etag) + 8), 0)
            FROM bot_state WHERE strpos(key, @marker) > 0;
            """;
        command.Parameters.AddWithValue("marker", marker);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new StoredState(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }
}
