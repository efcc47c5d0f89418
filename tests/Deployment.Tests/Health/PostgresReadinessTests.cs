using System.Net;
using HeelBot.Bot.Hosting;
using HeelBot.Deployment.Tests.Support;
using Npgsql;

namespace HeelBot.Deployment.Tests.Health;

/// <summary>/readyz against a real PostgreSQL server: the storage the template deploys.</summary>
public sealed class PostgresReadinessTests(PostgresServerFixture server) : IClassFixture<PostgresServerFixture>
{
    [Fact]
    public async Task GetReadyz_PostgresUp_Returns200_AfterTheSchemaExists()
    {
        // Arrange
        await using var host = HostUnderTest.WithPostgres(server.ConnectionString);
        using var client = host.CreateClient();

        // Act
        using var response = await client.GetAsync(HealthEndpoints.ReadinessPath);

        // Assert: ready means the store's table is there to read, not only that the server accepts connections.
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT to_regclass('bot_state') IS NOT NULL", connection);
        ((bool)(await command.ExecuteScalarAsync())!).Should().BeTrue();
    }
}
