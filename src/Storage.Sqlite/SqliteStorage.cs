using System.Security.Cryptography;
using System.Text.Json;
using HeelBot.Builder.State;
using HeelBot.Storage.Sqlite.Migrations;
using Microsoft.Data.Sqlite;

namespace HeelBot.Storage.Sqlite;

/// <summary>
/// <see cref="IStorage"/> in an SQLite database: one row per key in <c>bot_state</c>, the value as
/// <see cref="StateJson"/> text and a random ETag beside it. Writes run in one <c>BEGIN IMMEDIATE</c>
/// transaction each, so a multi-key write is all-or-nothing and concurrent writers (threads, or
/// several hosts on one file) queue for the lock instead of deadlocking.
/// </summary>
/// <remarks>
/// A stored document that cannot be deserialised makes <see cref="ReadAsync"/> throw an
/// <see cref="InvalidDataException"/> naming the key rather than skip it: skipping would look like
/// "no state yet", and the next write (ETag <see cref="ETags.Absent"/>) would then conflict with the
/// row forever. Throwing lets the turn error handler delete that one key; reads of other keys are
/// unaffected.
/// </remarks>
public sealed class SqliteStorage : IExpiringStorage, IDisposable
{
    private readonly SqliteConnectionSource _connections;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);

    // SQLite lets one writer in at a time. Writers of this process queue here, asynchronously, instead of on the
    // database lock, where a waiting writer blocks its thread in SQLite's busy handler and retries after sleeps
    // of up to 100 ms: under load that tail, not the SQL, decided the turn latency. Other processes sharing the
    // file still meet at the database lock (busy_timeout).
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private volatile bool _schemaReady;

    /// <param name="connectionString">
    /// E.g. <c>Data Source=.db/heelbot.db</c> (the folder is created), or <c>Data Source=:memory:</c>
    /// for a private database that lives as long as this instance.
    /// </param>
    /// <param name="timeProvider">Stamps <c>updated_at</c>, which retention reads.</param>
    public SqliteStorage(string connectionString, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _connections = new SqliteConnectionSource(connectionString);
        _timeProvider = timeProvider;
    }

    /// <summary>Creates or upgrades the schema. Optional: every operation does it on first use.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_schemaReady)
            {
                using var lease = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
                await SqliteMigrator.MigrateAsync(lease.Connection, useWriteAheadLog: !_connections.IsInMemory, _timeProvider, cancellationToken).ConfigureAwait(false);
                _schemaReady = true;
            }
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>();
        if (keys.Length == 0)
        {
            return result;
        }

        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<(string Key, string Document, string ETag)>();
        using (var lease = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            // One read transaction, so a multi-key read sees a single moment in time.
            using var transaction = lease.Connection.BeginTransaction(deferred: true);
            using var command = lease.Connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT document, etag FROM bot_state WHERE key = $key;";
            var keyParameter = command.Parameters.Add("$key", SqliteType.Text);
            foreach (var key in keys.Distinct(StringComparer.Ordinal))
            {
                keyParameter.Value = key;
                using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add((key, reader.GetString(0), reader.GetString(1)));
                }
            }

            transaction.Commit();
        }

        // Deserialised after the connection is returned: it can be slow and needs no database.
        foreach (var (key, document, eTag) in rows)
        {
            if (Deserialize(key, document) is { } value)
            {
                if (value is IStoreItem item)
                {
                    item.ETag = eTag;
                }

                result[key] = value;
            }
        }

        return result;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);

        // Serialise before taking the write lock, so the lock is held only for the SQL.
        var updatedAt = SqliteTimestamp.ToText(_timeProvider.GetUtcNow());
        var writes = changes
            .Select(change => (change.Key, Item: change.Value as IStoreItem, Expected: (change.Value as IStoreItem)?.ETag, Document: StateJson.Serialize(change.Value), NewETag: NewETag()))
            .ToList();

        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var lease = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var transaction = lease.Connection.BeginTransaction(deferred: false);
            foreach (var write in writes)
            {
                using var command = lease.Connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = write.Expected switch
                {
                    null or ETags.Any =>
                        """
                        INSERT INTO bot_state (key, document, etag, updated_at) VALUES ($key, $document, $etag, $updatedAt)
                        ON CONFLICT (key) DO UPDATE SET document = excluded.document, etag = excluded.etag, updated_at = excluded.updated_at;
                        """,
                    ETags.Absent =>
                        """
                        INSERT INTO bot_state (key, document, etag, updated_at) VALUES ($key, $document, $etag, $updatedAt)
                        ON CONFLICT (key) DO NOTHING;
                        """,
                    _ => "UPDATE bot_state SET document = $document, etag = $etag, updated_at = $updatedAt WHERE key = $key AND etag = $expected;",
                };
                command.Parameters.AddWithValue("$key", write.Key);
                command.Parameters.AddWithValue("$document", write.Document);
                command.Parameters.AddWithValue("$etag", write.NewETag);
                command.Parameters.AddWithValue("$updatedAt", updatedAt);
                command.Parameters.AddWithValue("$expected", (object?)write.Expected ?? DBNull.Value);

                if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
                {
                    // Disposing the uncommitted transaction rolls back the keys already written.
                    throw StorageConflictException.ForKey(write.Key);
                }
            }

            transaction.Commit();
        }
        finally
        {
            _writeGate.Release();
        }

        // Only after the commit: a failed write leaves the caller's items as they were.
        foreach (var write in writes)
        {
            write.Item?.ETag = write.NewETag;
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }

        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var lease = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var transaction = lease.Connection.BeginTransaction(deferred: false);
            using var command = lease.Connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM bot_state WHERE key = $key;";
            var keyParameter = command.Parameters.Add("$key", SqliteType.Text);
            foreach (var key in keys.Distinct(StringComparer.Ordinal))
            {
                keyParameter.Value = key;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            transaction.Commit();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>
    /// Deletes the items under <paramref name="keyPrefix"/> (ordinal, case-sensitive; "" = every key)
    /// last written before <paramref name="cutoff"/>. Returns how many were deleted.
    /// </summary>
    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, string keyPrefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyPrefix);
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await DeleteOlderThanCoreAsync(cutoff, keyPrefix, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public void Dispose()
    {
        _connections.Dispose();
        _schemaGate.Dispose();
        _writeGate.Dispose();
    }

    private async Task<int> DeleteOlderThanCoreAsync(DateTimeOffset cutoff, string keyPrefix, CancellationToken cancellationToken)
    {
        using var lease = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = lease.Connection.CreateCommand();

        // substr rather than LIKE: LIKE treats '%' and '_' in keys as wildcards and ignores ASCII case.
        command.CommandText = "DELETE FROM bot_state WHERE updated_at < $cutoff AND substr(key, 1, length($prefix)) = $prefix;";
        command.Parameters.AddWithValue("$cutoff", SqliteTimestamp.ToText(cutoff));
        command.Parameters.AddWithValue("$prefix", keyPrefix);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>16 hex characters of randomness: unique across hosts sharing the file, unlike a counter.</summary>
    private static string NewETag() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    private static object? Deserialize(string key, string document)
    {
        try
        {
            return StateJson.Deserialize(document);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            throw new InvalidDataException($"The stored state for key '{key}' cannot be read ({ex.Message}). Delete the key to start that state afresh.", ex);
        }
    }
}
