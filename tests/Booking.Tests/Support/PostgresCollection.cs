using HeelBot.Tests.Shared;

namespace HeelBot.Booking.Tests.Support;

/// <summary>Every PostgreSQL test class joins this collection: one real server and test database for all of them.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "PostgreSQL server (booking)";
}
