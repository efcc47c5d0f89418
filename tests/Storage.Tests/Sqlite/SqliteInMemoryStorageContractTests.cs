using HeelBot.Builder.State;
using HeelBot.Storage.Sqlite;
using HeelBot.Storage.Tests.Contract;

namespace HeelBot.Storage.Tests.Sqlite;

/// <summary>The contract against <c>:memory:</c> (one shared connection, operations taking turns).</summary>
public sealed class SqliteInMemoryStorageContractTests : StorageContractTests, IDisposable
{
    private readonly List<SqliteStorage> _storages = [];

    public void Dispose()
    {
        foreach (var storage in _storages)
        {
            storage.Dispose();
        }
    }

    protected override IStorage CreateStorage()
    {
        var storage = new SqliteStorage("Data Source=:memory:", TimeProvider.System);
        _storages.Add(storage);
        return storage;
    }
}
