using System.Security.Cryptography;
using System.Text.Json;
using HeelBot.Builder.State;
using HeelBot.Storage.Postgres.Migrations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;
using Polly;

namespace HeelBot.Storage.Postgres;

/// <summary>
/// <see cref="IStorage"/> in PostgreSQL, for several hosts sharing one database: one row per key in
/// <c>bot_state</c>, the value as <see cref="StateJson"/> text and a random ETag beside it. A write is one
/// transaction whose statements check the ETag in their <c>WHERE</c>/<c>ON CONFLICT</c>; PostgreSQL's row locks
/// make a concurrent writer with the same ETag wait and then find it stale, so exactly one of them wins on
/// whichever host it runs.
/// </summary>
/// <remarks>
/// <para>
/// Tables live in the first schema of the connection's search path (<c>Search Path=heelbot</c> in the
/// connection string), created and upgraded by <see cref="EnsureCreatedAsync"/>.
/// </para>
/// <para>
/// Transient failures (connection refused or dropped, server restarting, deadlock) are retried with backoff;
/// <see cref="StorageConflictException"/> never is. A write whose COMMIT was sent but whose answer was lost is
/// recognised on the retry by its own new ETag, so it is neither applied twice nor reported as a conflict.
/// </para>
/// <para>
/// A stored document that cannot be deserialised makes <see cref="ReadAsync"/> throw an
/// <see cref="InvalidDataException"/> naming the key (as <c>SqliteStorage</c> does), so the turn error handler
/// can delete that one key instead of the conversation conflicting with it forever.
/// </para>
/// </remarks>
public sealed class PostgresStorage : IExpiringStorage, IDisposable, IAsyncDisposable
{
    private const string UpsertSql =
        """
        INSERT INTO bot_state (key, document, etag, updated_at) VALUES ($1, $2, $3, $4)
        ON CONFLICT (key) DO UPDATE SET document = excluded.document, etag = excluded.etag, updated_at = excluded.updated_at
        """;

    private const string InsertIfAbsentSql =
        """
        INSERT INTO bot_state (key, document, etag, updated_at) VALUES ($1, $2, $3, $4)
        ON CONFLICT (key) DO NOTHING
        """;

    private const string UpdateIfMatchSql = "UPDATE bot_state SET document = $2, etag = $3, updated_at = $4 WHERE key = $1 AND etag = $5";

    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _retry;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    /// <param name="connectionString">
    /// An Npgsql connection string, e.g. <c>Host=…;Database=heelbot;Username=…;Password=…;Search Path=heelbot</c>.
    /// The storage owns the connection pool it makes and closes it when disposed.
    /// </param>
    /// <param name="timeProvider">Stamps <c>updated_at</c>, which retention reads.</param>
    public PostgresStorage(string connectionString, TimeProvider timeProvider, PostgresStorageOptions? options = null, ILogger<PostgresStorage>? logger = null)
        : this(CreateDataSource(connectionString), ownsDataSource: true, timeProvider, options, logger)
    {
    }

    /// <param name="dataSource">A pool shared with the host's other PostgreSQL users; the caller disposes it.</param>
    /// <param name="timeProvider">Stamps <c>updated_at</c>, which retention reads.</param>
    public PostgresStorage(NpgsqlDataSource dataSource, TimeProvider timeProvider, PostgresStorageOptions? options = null, ILogger<PostgresStorage>? logger = null)
        : this(dataSource, ownsDataSource: false, timeProvider, options, logger)
    {
    }

    private PostgresStorage(NpgsqlDataSource dataSource, bool ownsDataSource, TimeProvider timeProvider, PostgresStorageOptions? options, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _dataSource = dataSource;
        _ownsDataSource = ownsDataSource;
        _timeProvider = timeProvider;
        _logger = logger ?? NullLogger.Instance;
        _retry = PostgresRetryPipeline.Create(options ?? new PostgresStorageOptions(), _logger);
    }

    /// <summary>
    /// Whether a failure is one the storage retries (the server unreachable, restarting or failing over, a lost race
    /// inside it). Seen outside, after the retries, it means the database is unavailable rather than that a request is wrong.
    /// </summary>
    public static bool IsTransient(Exception exception) => PostgresTransientErrors.IsTransient(exception);

    /// <summary>A connection pool with HeelBot's defaults (the application name shows in <c>pg_stat_activity</c>).</summary>
    public static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.ApplicationName ??= "HeelBot";
        return builder.Build();
    }

    /// <summary>
    /// Creates or upgrades the schema; the host calls it at start-up. Safe when many hosts start at once (an
    /// advisory lock lets one migrate while the others wait). Every operation also does it on first use, so a
    /// host that started while the database was unreachable catches up later.
    /// </summary>
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
                var applied = await _retry.ExecuteAsync(
                    async token =>
                    {
                        await using var connection = await _dataSource.OpenConnectionAsync(token).ConfigureAwait(false);
                        return await PostgresMigrator.MigrateAsync(connection, _timeProvider, token).ConfigureAwait(false);
                    },
                    cancellationToken).ConfigureAwait(false);
                if (applied.Count > 0)
                {
                    _logger.LogInformation("PostgreSQL storage: applied schema migrations {Versions}.", string.Join(", ", applied));
                }

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
        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();

        // One statement, so a multi-key read sees a single moment in time.
        var rows = await _retry.ExecuteAsync(
            async token =>
            {
                await using var command = _dataSource.CreateCommand("SELECT key, document, etag FROM bot_state WHERE key = ANY($1)");
                command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = distinct });
                await using var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
                var found = new List<(string Key, string Document, string ETag)>();
                while (await reader.ReadAsync(token).ConfigureAwait(false))
                {
                    found.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
                }

                return found;
            },
            cancellationToken).ConfigureAwait(false);

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

        // Serialised and given their new ETags once, outside the retry: a retry must send the same ETags to
        // recognise a commit of its own. Sorted, so two multi-key writes lock their rows in the same order.
        var updatedAt = _timeProvider.GetUtcNow().ToUniversalTime();
        var writes = changes
            .Select(change => (change.Key, Item: change.Value as IStoreItem, Expected: (change.Value as IStoreItem)?.ETag, Document: StateJson.Serialize(change.Value), NewETag: NewETag()))
            .OrderBy(write => write.Key, StringComparer.Ordinal)
            .ToList();

        var attempt = 0;
        await _retry.ExecuteAsync(
            async token =>
            {
                attempt++;
                await using var connection = await _dataSource.OpenConnectionAsync(token).ConfigureAwait(false);
                await using var transaction = await connection.BeginTransactionAsync(token).ConfigureAwait(false);
                if (attempt > 1 && await IsCommittedAsync(connection, transaction, writes[0].Key, writes[0].NewETag, token).ConfigureAwait(false))
                {
                    // The previous attempt's COMMIT went through; only its answer was lost. The ETags are random,
                    // so no other writer can have stored this one, and the transaction wrote all keys or none.
                    return;
                }

                await using var batch = new NpgsqlBatch(connection, transaction);
                foreach (var write in writes)
                {
                    var command = new NpgsqlBatchCommand(write.Expected switch
                    {
                        null or ETags.Any => UpsertSql,
                        ETags.Absent => InsertIfAbsentSql,
                        _ => UpdateIfMatchSql,
                    });
                    command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = write.Key });
                    command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = write.Document });
                    command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = write.NewETag });
                    command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { NpgsqlDbType = NpgsqlDbType.TimestampTz, TypedValue = updatedAt });
                    if (write.Expected is not (null or ETags.Any or ETags.Absent))
                    {
                        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = write.Expected });
                    }

                    batch.BatchCommands.Add(command);
                }

                // One round trip for every key; the ETag checks are in the statements, so a stale item updates
                // (or inserts) no row.
                await batch.ExecuteNonQueryAsync(token).ConfigureAwait(false);
                for (var i = 0; i < writes.Count; i++)
                {
                    if (batch.BatchCommands[i].RecordsAffected != 1)
                    {
                        // Disposing the uncommitted transaction rolls back the keys already written.
                        throw StorageConflictException.ForKey(writes[i].Key);
                    }
                }

                await transaction.CommitAsync(token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);

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
        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();

        // Deleting is idempotent, so a retry after a lost answer does no harm.
        await _retry.ExecuteAsync(
            async token =>
            {
                await using var command = _dataSource.CreateCommand("DELETE FROM bot_state WHERE key = ANY($1)");
                command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = distinct });
                await command.ExecuteNonQueryAsync(token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Deletes the items under <paramref name="keyPrefix"/> (ordinal, case-sensitive; "" = every key)
    /// last written before <paramref name="cutoff"/>. Returns how many were deleted.
    /// </summary>
    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, string keyPrefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyPrefix);
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var utcCutoff = cutoff.ToUniversalTime();

        // starts_with rather than LIKE: LIKE would treat '%' and '_' in keys as wildcards.
        return await _retry.ExecuteAsync(
            async token =>
            {
                await using var command = _dataSource.CreateCommand("DELETE FROM bot_state WHERE updated_at < $1 AND starts_with(key, $2)");
                command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { NpgsqlDbType = NpgsqlDbType.TimestampTz, TypedValue = utcCutoff });
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = keyPrefix });
                return await command.ExecuteNonQueryAsync(token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        if (_ownsDataSource)
        {
            _dataSource.Dispose();
        }

        _schemaGate.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsDataSource)
        {
            await _dataSource.DisposeAsync().ConfigureAwait(false);
        }

        _schemaGate.Dispose();
    }

    /// <summary>16 hex characters of randomness: unique across hosts sharing the database, unlike a counter.</summary>
    private static string NewETag() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    private static async Task<bool> IsCommittedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string key, string eTag, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT etag FROM bot_state WHERE key = $1", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string stored && stored == eTag;
    }

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
