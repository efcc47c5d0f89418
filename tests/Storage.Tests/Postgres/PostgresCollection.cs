using HeelBot.Tests.Shared;
namespace HeelBot.Storage.Tests.Postgres;

/// <summary>
/// Every PostgreSQL test class joins this collection, so they share one server (and one test database) that
/// is started before the first of them and stopped after the last.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "PostgreSQL server";
}
