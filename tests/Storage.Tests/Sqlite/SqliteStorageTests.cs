using HeelBot.Builder.State;
using HeelBot.Storage.Sqlite;
using HeelBot.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace HeelBot.Storage.Tests.Sqlite;

/// <summary>What only a database file can show: restarts, several hosts on one file, schema, timestamps, damage.</summary>
public sealed class SqliteStorageTests : IDisposable
{
    private const string Key = "directline/conversations/sqlite-test";

    private static readonly DateTimeOffset Start = new(2025, 3, 3, 8, 0, 0, TimeSpan.FromHours(1));

    private readonly TempSqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task EnsureCreatedAsync_FolderMissing_CreatesFolderSchemaAndWal()
    {
        var storage = _database.Open();

        await storage.EnsureCreatedAsync();

        File.Exists(_database.FilePath).Should().BeTrue();
        using var connection = _database.OpenRawConnection();
        Scalar<string>(connection, "PRAGMA journal_mode;").Should().Be("wal");
        Scalar<long>(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'bot_state';").Should().Be(1);
    }

    [Fact]
    public async Task EnsureCreatedAsync_ManyInstancesStartingTogether_AppliesEachMigrationOnce()
    {
        // Arrange: eight "hosts" on one new file. 0001 has no IF NOT EXISTS, so a second run would throw.
        var storages = Enumerable.Range(0, 8).Select(_ => _database.Open()).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Act
        var starting = storages.Select(storage => Task.Run(async () =>
        {
            await start.Task;
            await storage.EnsureCreatedAsync();
        })).ToList();
        start.SetResult();
        await Task.WhenAll(starting);
        await _database.Open().EnsureCreatedAsync();

        // Assert
        using var connection = _database.OpenRawConnection();
        Column<long>(connection, "SELECT version FROM schema_version ORDER BY version;").Should().Equal(1L);
        Column<string>(connection, "SELECT name FROM schema_version ORDER BY version;").Should().Equal("bot_state");
    }

    [Fact]
    public async Task ReadAsync_NewInstanceAfterRestart_ReturnsWhatWasWritten()
    {
        // Arrange
        var before = _database.Open();
        var document = new StateDocument { State = { ["location"] = "under hælen" } };
        await before.WriteAsync(new Dictionary<string, object> { [Key] = document });
        before.Dispose();
        _database.ClearPool();

        // Act
        var after = _database.Open();
        var items = await after.ReadAsync([Key]);

        // Assert
        var read = items[Key].Should().BeOfType<StateDocument>().Subject;
        read.State["location"].Should().Be("under hælen");
        read.ETag.Should().Be(document.ETag);
    }

    [Fact]
    public async Task WriteAsync_TwoInstancesOnOneFile_SeeEachOtherAndConflictAcross()
    {
        // Arrange
        var hostA = _database.Open();
        var hostB = _database.Open();
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
    public async Task WriteAsync_ParallelAcrossTwoInstances_ExactlyOneWinsAndETagsAreRandom()
    {
        // Arrange: a per-process counter would give both hosts' first writes the same ETag.
        var hostA = _database.Open();
        var hostB = _database.Open();
        var writtenByA = new StateDocument();
        var writtenByB = new StateDocument();
        await hostA.WriteAsync(new Dictionary<string, object> { ["a"] = writtenByA });
        await hostB.WriteAsync(new Dictionary<string, object> { ["b"] = writtenByB });
        writtenByA.ETag.Should().MatchRegex("^[0-9a-f]{16}$").And.NotBe(writtenByB.ETag);

        await hostA.WriteAsync(new Dictionary<string, object> { [Key] = new StateDocument { State = { ["by"] = "nobody" } } });
        var candidates = new[] { ((StateDocument)(await hostA.ReadAsync([Key]))[Key], hostA), ((StateDocument)(await hostB.ReadAsync([Key]))[Key], hostB) };
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Act
        var attempts = candidates.Select((candidate, index) => Task.Run(async () =>
        {
            await start.Task;
            candidate.Item1.State["by"] = index;
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
        won.Count(w => w).Should().Be(1);
        var stored = (StateDocument)(await hostB.ReadAsync([Key]))[Key];
        stored.State["by"].Should().Be((long)Array.IndexOf(won, true));
    }

    [Fact]
    public async Task WriteAsync_UpdatedAt_ComesFromTimeProvider()
    {
        // Arrange
        var clock = new ManualTimeProvider(Start);
        var storage = _database.Open(clock);

        // Act
        await storage.WriteAsync(new Dictionary<string, object> { [Key] = new StateDocument() });
        using var connection = _database.OpenRawConnection();
        var first = UpdatedAt(connection, Key);
        clock.Advance(TimeSpan.FromDays(2));
        await storage.WriteAsync(new Dictionary<string, object> { [Key] = new StateDocument() });
        var second = UpdatedAt(connection, Key);

        // Assert: stored in UTC.
        first.Should().Be("2025-03-03T07:00:00.0000000Z");
        second.Should().Be("2025-03-05T07:00:00.0000000Z");
    }

    [Fact]
    public async Task DeleteOlderThanAsync_OldItemsUnderPrefix_DeletesOnlyThoseAndCountsThem()
    {
        // Arrange: "convX1/…" would match a LIKE 'conv_1/%' pattern; the prefix must be taken literally.
        var clock = new ManualTimeProvider(Start);
        var storage = _database.Open(clock);
        await WriteAllAsync(storage, "conv_1/old", "convX1/old", "user/old");
        clock.Advance(TimeSpan.FromDays(30));
        await WriteAllAsync(storage, "conv_1/recent");

        // Act
        var deleted = await storage.DeleteOlderThanAsync(Start.AddDays(1), "conv_1/");

        // Assert
        deleted.Should().Be(1);
        var left = await storage.ReadAsync(["conv_1/old", "convX1/old", "user/old", "conv_1/recent"]);
        left.Keys.Should().BeEquivalentTo(["convX1/old", "user/old", "conv_1/recent"]);
    }

    [Fact]
    public async Task DeleteOlderThanAsync_EmptyPrefix_DeletesEveryOldItem()
    {
        var clock = new ManualTimeProvider(Start);
        var storage = _database.Open(clock);
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
        var storage = _database.Open();
        const string BrokenKey = "msteams/conversations/broken";
        await WriteAllAsync(storage, Key, BrokenKey);
        using (var connection = _database.OpenRawConnection())
        {
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE bot_state SET document = $document WHERE key = $key;";
            command.Parameters.AddWithValue("$document", damaged);
            command.Parameters.AddWithValue("$key", BrokenKey);
            command.ExecuteNonQuery().Should().Be(1);
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
        var storage = _database.Open();
        await WriteAllAsync(storage, Key);
        using (var connection = _database.OpenRawConnection())
        {
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE bot_state SET document = '{' WHERE key = $key;";
            command.Parameters.AddWithValue("$key", Key);
            command.ExecuteNonQuery();
        }

        await storage.DeleteAsync([Key]);

        (await storage.ReadAsync([Key])).Should().BeEmpty();
    }

    [Fact]
    public async Task ReadAsync_TwoInMemoryInstances_DoNotShareData()
    {
        using var first = new SqliteStorage("Data Source=:memory:", TimeProvider.System);
        using var second = new SqliteStorage("Data Source=:memory:", TimeProvider.System);

        await WriteAllAsync(first, Key);

        (await first.ReadAsync([Key])).Should().ContainKey(Key);
        (await second.ReadAsync([Key])).Should().BeEmpty();
    }

    private static Task WriteAllAsync(SqliteStorage storage, params string[] keys) =>
        storage.WriteAsync(keys.ToDictionary(key => key, key => (object)new StateDocument { State = { ["key"] = key } }));

    private static string UpdatedAt(SqliteConnection connection, string key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT updated_at FROM bot_state WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        return (string)command.ExecuteScalar()!;
    }

    private static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }

    private static List<T> Column<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<T>();
        while (reader.Read())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }
}
