namespace HeelBot.Resilience.Tests.Support;

/// <summary>
/// The tests that run host processes on PostgreSQL: one server and database for all of them (each test takes a fresh
/// schema of it), and one test at a time, so two hosts and a database fit the machine's two cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "PostgreSQL hosts";
}
