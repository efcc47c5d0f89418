using HeelBot.Builder.State;
using HeelBot.Storage.Tests.Contract;
using HeelBot.Storage.Tests.Support;

namespace HeelBot.Storage.Tests.Sqlite;

/// <summary>The contract against a database file (per-operation pooled connections, WAL), one file per test.</summary>
public sealed class SqliteFileStorageContractTests : StorageContractTests, IDisposable
{
    private readonly TempSqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    protected override IStorage CreateStorage() => _database.Open();
}
