using System.Net;
using System.Net.Sockets;
using HeelBot.Builder.State;
using HeelBot.Storage.Postgres;
using HeelBot.Storage.Tests.Support;
using HeelBot.Tests.Shared;
using Npgsql;

namespace HeelBot.Storage.Tests.Postgres;

/// <summary>
/// What only a shared database server can show: several hosts on one database, start-up migration, restarts,
/// timestamps, retention, damaged rows and connections the server cuts.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStorageTests(PostgresServerFixture server) : IAsyncLifetime
{
    private const string Key = "directline/conversations/postgres-test";

    private static readonly DateTimeOffset Start = new(2025, 3, 3, 8, 0, 0, TimeSpan.FromHours(1));

    /// <summary>Quick retries, so the tests that exhaust them do not wait for the production backoff.</summary>
    private static readonly PostgresStorageOptions FastRetries = new() { MaxRetryAttempts = 3, RetryBaseDelay = TimeSpan.FromMilliseconds(10), MaxRetryDelay = TimeSpan.FromMilliseconds(50) };

    private PostgresTestSchema _schema = null!;

    public async Task InitializeAsync() => _schema = await PostgresTestSchema.CreateAsync(server);

    public async Task DisposeAsync() => await _schema.DisposeAsync();

    [Fact]
    public async Task EnsureCreatedAsync_EmptySchema_CreatesTablesAndRecordsVersionAtClockTime()
    {
        var storage = _schema.Open(new ManualTimeProvider(Start));

        await storage.EnsureCreatedAsync();

        await using var connection = await _schema.OpenRawConnectionAsync();
        (await ColumnAsync<string>(connection, "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1"))
            .Should().Equal("bot_state", "schema_version");
        (await ColumnAsync<string>(connection, "SELECT format('%s %s', version, name) FROM schema_version")).Should().Equal("1 bot_state");
        (await ColumnAsync<DateTimeOffset>(connection, "SELECT applied_at FROM schema_version")).Should().Equal(Start);
    }

    [Fact]
    public async Task EnsureCreatedAsync_EightHostsStartingTogether_AppliesEachMigrationOnce()
    {
        // Arrange: eight "hosts", each with its own pool, on one empty schema. 0001 has no IF NOT EXISTS, so a
        // second run would throw, and a missing lock would show as a duplicate-table or duplicate-version error.
        var storages = Enumerable.Range(0, 8).Select(_ => _schema.Open()).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Act
        var starting = storages.Select(storage => Task.Run(async () =>
        {
            await start.Task;
            await storage.EnsureCreatedAsync();
        })).ToList();
        start.SetResult();
        await Task.WhenAll(starting);
        await _schema.Open().EnsureCreatedAsync();

        // Assert
        await using var connection = await _schema.OpenRawConnectionAsync();
        (await ColumnAsync<int>(connection, "SELECT version FROM schema_version ORDER BY version")).Should().Equal(1);
        (await ColumnAsync<string>(connection, "SELECT name FROM schema_version ORDER BY version")).Should().Equal("bot_state");
    }

    [Fact]
    public async Task ReadAsync_NewInstanceAfterRestart_ReturnsWhatWasWritten()
    {
        // Arrange: the first host writes and goes away with its pool.
        var before = _schema.Open();
        var document = new StateDocument { State = { ["location"] = "under hælen" } };
        await before.WriteAsync(new Dictionary<string, object> { [Key] = document });
        await before.DisposeAsync();

        // Act
        var after = _schema.Open();
        var items = await after.ReadAsync([Key]);

        // Assert
        var read = items[Key].Should().BeOfType<StateDocument>().Subject;
        read.State["location"].Should().Be("under hælen");
        read.ETag.Should().Be(document.ETag);
    }

    [Fact]
    public async Task WriteAsync_TwoHostsOnOneDatabase_SeeEachOtherAndConflictAcross()
    {
        // Arrange
        var hostA = _schema.Open();
        var hostB = _schema.Open();
        await hostA.WriteAsync(new Dictionary<string, object> { [Key] = new StateDocument { State = { ["by"] = "A" } } });
        var readByA = (StateDocument)(await hostA.ReadAsync([Key]))[Key];
        var readByB = (StateDocument)(await hostB.ReadAsync([Key]))[Key];
        readByB.State["by"].Should().Be("A");

        // Act: B saves first; A's save carries the ETag B made stale.
        readByB.State["by"] = "B";
        await hostB.WriteAsync(new Dictionary<string, object> { [Key] = readByB });
        readByA.State["by"] = "A again";
        var act = () => hostA.WriteAsync(new Dictionary<string, object> { [Key] = readByA });

        // Assert
        await act.Should().ThrowAsync<StorageConflictException>();
        var final = (StateDocument)(await hostA.ReadAsync([Key]))[Key];
        final.State["by"].Should().Be("B");
        final.ETag.Should().Be(readByB.ETag);
    }

    [Fact]
    public async Task WriteAsync_RacesAcrossTwoHosts_ExactlyOneWinsEachRoundAndETagsAreRandom()
    {
        // Arrange: a per-process counter would give both hosts' first writes the same ETag.
        var hostA = _schema.Open();
        var hostB = _schema.Open();
        var writtenByA = new StateDocument();
        var writtenByB = new StateDocument();
        await hostA.WriteAsync(new Dictionary<string, object> { ["a"] = writtenByA });
        await hostB.WriteAsync(new Dictionary<string, object> { ["b"] = writtenByB });
        writtenByA.ETag.Should().MatchRegex("^[0-9a-f]{16}$").And.NotBe(writtenByB.ETag);
        await hostA.WriteAsync(new Dictionary<string, object> { [Key] = new StateDocument { State = { ["round"] = 0 } } });

        for (var round = 1; round <= 10; round++)
        {
            // Act: both hosts read the same version and save their change at the same moment.
            var candidates = new[] { ((StateDocument)(await hostA.ReadAsync([Key]))[Key], hostA), ((StateDocument)(await hostB.ReadAsync([Key]))[Key], hostB) };
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var attempts = candidates.Select((candidate, index) => Task.Run(async () =>
            {
                await start.Task;
                candidate.Item1.State["round"] = (long)round;
                candidate.Item1.State["by"] = (long)index;
                try
                {
                    await candidate.Item2.WriteAsync(new Dictionary<string, object> { [Key] = candidate.Item1 });
                    return true;
                }
                catch (StorageConflictException)
                {
                    return false;
                }
            })).ToList();
            start.SetResult();
            var won = await Task.WhenAll(attempts);

            // Assert
            won.Count(w => w).Should().Be(1, $"exactly one host may save round {round}");
            var stored = (StateDocument)(await hostB.ReadAsync([Key]))[Key];
            stored.State["by"].Should().Be((long)Array.IndexOf(won, true));
            stored.State["round"].Should().Be((long)round);
        }
    }

    [Fact]
    public async Task WriteAsync_UpdatedAt_ComesFromTimeProvider()
    {
        // Arrange
        var clock = new ManualTimeProvider(Start);
        var storage = _schema.Open(clock);

        // Act
        await storage.WriteAsync(new Dictionary<string, object> { [Key] = new StateDocument() });
        await using var connection = await _schema.OpenRawConnectionAsync();
        var first = await UpdatedAtAsync(connection, Key);
        clock.Advance(TimeSpan.FromDays(2));
        await storage.WriteAsync(new Dictionary<string, object> { [Key] = new StateDocument() });
        var second = await UpdatedAtAsync(connection, Key);

        // Assert: the instant is kept (timestamptz), whatever offset the clock reported it in.
        first.Should().Be(new DateTimeOffset(2025, 3, 3, 7, 0, 0, TimeSpan.Zero));
        second.Should().Be(new DateTimeOffset(2025, 3, 5, 7, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task DeleteOlderThanAsync_OldItemsUnderPrefix_DeletesOnlyThoseAndCountsThem()
    {
        // Arrange: "convX1/…" would match a LIKE 'conv_1/%' pattern; the prefix must be taken literally.
        var clock = new ManualTimeProvider(Start);
        var storage = _schema.Open(clock);
        await WriteAllAsync(storage, "conv_1/old", "convX1/old", "CONV_1/old", "user/old");
        clock.Advance(TimeSpan.FromDays(30));
        await WriteAllAsync(storage, "conv_1/recent");

        // Act
        var deleted = await storage.DeleteOlderThanAsync(Start.AddDays(1), "conv_1/");

        // Assert
        deleted.Should().Be(1);
        var left = await storage.ReadAsync(["conv_1/old", "convX1/old", "CONV_1/old", "user/old", "conv_1/recent"]);
        left.Keys.Should().BeEquivalentTo(["convX1/old", "CONV_1/old", "user/old", "conv_1/recent"]);
    }

    [Fact]
    public async Task DeleteOlderThanAsync_EmptyPrefix_DeletesEveryOldItem()
    {
        var clock = new ManualTimeProvider(Start);
        var storage = _schema.Open(clock);
        await WriteAllAsync(storage, "a", "b");
        clock.Advance(TimeSpan.FromHours(2));
        await WriteAllAsync(storage, "c");

        var deleted = await storage.DeleteOlderThanAsync(Start.AddHours(1), string.Empty);

        deleted.Should().Be(2);
        (await storage.ReadAsync(["a", "b", "c"])).Keys.Should().BeEquivalentTo(["c"]);
    }

    [Theory]
    [InlineData("{\"$type\": \"HeelBot.Builder.State.StateDocument, HeelBot.Builder\", \"$value\": {\"state\": ")]
    [InlineData("not json at all")]
    [InlineData("{\"$type\": \"System.IO.FileInfo, System.IO.FileSystem\", \"$value\": {}}")]
    public async Task ReadAsync_UnreadableDocument_ThrowsNamingKeyWhileOtherKeysStillRead(string damaged)
    {
        // Arrange
        var storage = _schema.Open();
        const string BrokenKey = "msteams/conversations/broken";
        await WriteAllAsync(storage, Key, BrokenKey);
        await using (var connection = await _schema.OpenRawConnectionAsync())
        {
            (await ExecuteAsync(connection, "UPDATE bot_state SET document = $1 WHERE key = $2", damaged, BrokenKey)).Should().Be(1);
        }

        // Act
        var readBroken = () => storage.ReadAsync([BrokenKey]);
        var readOther = await storage.ReadAsync([Key]);

        // Assert
        (await readBroken.Should().ThrowAsync<InvalidDataException>()).WithMessage($"*'{BrokenKey}'*");
        readOther.Should().ContainKey(Key).WhoseValue.Should().BeOfType<StateDocument>();
    }

    [Fact]
    public async Task DeleteAsync_UnreadableDocument_RemovesItSoTheKeyCanStartAgain()
    {
        // The recovery path the turn error handler takes: delete the key, then the next turn starts fresh.
        var storage = _schema.Open();
        await WriteAllAsync(storage, Key);
        await using (var connection = await _schema.OpenRawConnectionAsync())
        {
            (await ExecuteAsync(connection, "UPDATE bot_state SET document = '{' WHERE key = $1", Key)).Should().Be(1);
        }

        await storage.DeleteAsync([Key]);

        (await storage.ReadAsync([Key])).Should().BeEmpty();
    }

    [Fact]
    public async Task ReadAsync_TwoSchemasInOneDatabase_DoNotShareData()
    {
        // Two deployments (or a blue/green pair) can share a database, each in its own schema.
        await using var other = await PostgresTestSchema.CreateAsync(server);
        var first = _schema.Open();
        var second = other.Open();

        await WriteAllAsync(first, Key);

        (await first.ReadAsync([Key])).Should().ContainKey(Key);
        (await second.ReadAsync([Key])).Should().BeEmpty();
    }

    [Fact]
    public async Task ReadAsync_ServerCutPooledConnections_RetriesAndReads()
    {
        // Arrange: the host's pooled connections die on the server side, as in a restart or failover (57P01).
        var logger = new RecordingLogger<PostgresStorage>();
        var storage = _schema.Open(options: FastRetries, logger: logger);
        await WriteAllAsync(storage, Key);
        (await _schema.TerminateStorageConnectionsAsync()).Should().BeGreaterThan(0);

        // Act
        var items = await storage.ReadAsync([Key]);

        // Assert
        items.Should().ContainKey(Key);
        logger.Warnings.Should().NotBeEmpty().And.AllSatisfy(message => message.Should().Contain("transient"));
    }

    [Fact]
    public async Task WriteAsync_ServerCutPooledConnections_RetriesAndWritesOnce()
    {
        // Arrange
        var logger = new RecordingLogger<PostgresStorage>();
        var storage = _schema.Open(options: FastRetries, logger: logger);
        await WriteAllAsync(storage, Key);
        var document = (StateDocument)(await storage.ReadAsync([Key]))[Key];
        (await _schema.TerminateStorageConnectionsAsync()).Should().BeGreaterThan(0);

        // Act: an ETag-checked write, so writing twice would turn into a conflict.
        document.State["answer"] = "yes";
        await storage.WriteAsync(new Dictionary<string, object> { [Key] = document });

        // Assert
        logger.Warnings.Should().NotBeEmpty();
        var stored = (StateDocument)(await _schema.Open().ReadAsync([Key]))[Key];
        stored.State["answer"].Should().Be("yes");
        stored.ETag.Should().Be(document.ETag);
    }

    [Fact]
    public async Task ReadAsync_CutConnectionsWithoutRetries_Throws()
    {
        // The counterpart of the two tests above: without the retry the same cut reaches the caller.
        var storage = _schema.Open(options: new PostgresStorageOptions { MaxRetryAttempts = 0 });
        await WriteAllAsync(storage, Key);
        (await _schema.TerminateStorageConnectionsAsync()).Should().BeGreaterThan(0);

        var act = () => storage.ReadAsync([Key]);

        await act.Should().ThrowAsync<NpgsqlException>();
    }

    [Fact]
    public async Task ReadAsync_ServerUnreachable_RetriesThenThrowsTheConnectionError()
    {
        // Arrange: a loopback port nobody listens on refuses the connection.
        var logger = new RecordingLogger<PostgresStorage>();
        var builder = new NpgsqlConnectionStringBuilder(_schema.ConnectionString) { Port = ClosedLoopbackPort(), Timeout = 5 };
        await using var storage = new PostgresStorage(builder.ToString(), TimeProvider.System, FastRetries, logger);

        // Act
        var act = () => storage.ReadAsync([Key]);

        // Assert: the first attempt and three retries, then the real error (not a conflict, not a wrapper).
        (await act.Should().ThrowAsync<NpgsqlException>()).Which.IsTransient.Should().BeTrue();
        logger.Warnings.Should().HaveCount(FastRetries.MaxRetryAttempts);
    }

    [Fact]
    public async Task WriteAsync_Conflict_IsNotRetried()
    {
        // Arrange
        var logger = new RecordingLogger<PostgresStorage>();
        var storage = _schema.Open(options: FastRetries, logger: logger);
        var first = new StateDocument { ETag = ETags.Absent };
        var second = new StateDocument { ETag = ETags.Absent };
        await storage.WriteAsync(new Dictionary<string, object> { [Key] = first });

        // Act
        var act = () => storage.WriteAsync(new Dictionary<string, object> { [Key] = second });

        // Assert
        await act.Should().ThrowAsync<StorageConflictException>();
        logger.Warnings.Should().BeEmpty();
    }

    private static int ClosedLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static Task WriteAllAsync(PostgresStorage storage, params string[] keys) =>
        storage.WriteAsync(keys.ToDictionary(key => key, key => (object)new StateDocument { State = { ["key"] = key } }));

    private static async Task<DateTimeOffset> UpdatedAtAsync(NpgsqlConnection connection, string key)
    {
        await using var command = new NpgsqlCommand("SELECT updated_at FROM bot_state WHERE key = $1", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).Should().BeTrue($"'{key}' should have been stored");
        return reader.GetFieldValue<DateTimeOffset>(0);
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, params string[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = parameter });
        }

        return await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<T>> ColumnAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }
}
