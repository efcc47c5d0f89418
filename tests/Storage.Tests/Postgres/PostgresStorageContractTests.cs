using HeelBot.Builder.State;
using HeelBot.Storage.Tests.Contract;
using HeelBot.Tests.Shared;

namespace HeelBot.Storage.Tests.Postgres;

/// <summary>The shared contract against a real PostgreSQL server, each test in a fresh schema.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStorageContractTests(PostgresServerFixture server) : StorageContractTests, IAsyncLifetime
{
    private PostgresTestSchema? _schema;

    public async Task InitializeAsync() => _schema = await PostgresTestSchema.CreateAsync(server);

    public async Task DisposeAsync()
    {
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }

    protected override IStorage CreateStorage() =>
        (_schema ?? throw new InvalidOperationException("The test schema was not created.")).Open();
}
