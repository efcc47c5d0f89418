using System.Diagnostics;
using System.Net;
using System.Text.Json;
using HeelBot.Bot.Hosting;
using HeelBot.Builder.State;
using HeelBot.Deployment.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace HeelBot.Deployment.Tests.Health;

/// <summary>
/// /healthz says the process serves HTTP, whatever the storage does; /readyz says the storage answers, with 503 and
/// a small JSON body when it does not. App Service's health check calls /readyz on every instance.
/// </summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task GetReadyz_MemoryStorage_Returns200WithStorageHealthy()
    {
        // Arrange
        await using var host = HostUnderTest.WithMemory();
        using var client = host.CreateClient();

        // Act
        using var response = await client.GetAsync(HealthEndpoints.ReadinessPath);

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/json");
        var body = await ReadJsonAsync(response);
        body.GetProperty("status").GetString().Should().Be("Healthy");
        body.GetProperty("checks").GetProperty(HealthEndpoints.StorageCheckName).GetProperty("status").GetString().Should().Be("Healthy");
    }

    [Fact]
    public async Task GetReadyz_SqliteStorage_Returns200()
    {
        // Arrange
        var directory = Directory.CreateTempSubdirectory("heelbot-deployment-tests-");
        try
        {
            await using var host = HostUnderTest.WithSqlite(Path.Combine(directory.FullName, "state", "heelbot.db"));
            using var client = host.CreateClient();

            // Act
            using var response = await client.GetAsync(HealthEndpoints.ReadinessPath);

            // Assert: the probe really used the file database (it created it).
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            File.Exists(Path.Combine(directory.FullName, "state", "heelbot.db")).Should().BeTrue();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task GetReadyz_StorageHangs_Returns503WithinTheTimeout()
    {
        // Arrange
        var storage = ProbeOnlyStorage.Hanging();
        await using var host = HostUnderTest.WithMemory(services => services.AddSingleton<IStorage>(storage));
        using var client = host.CreateClient();
        var stopwatch = Stopwatch.StartNew();

        // Act
        using var response = await client.GetAsync(HealthEndpoints.ReadinessPath);

        // Assert: the read never completes and ignores cancellation, yet the probe answers.
        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        stopwatch.Elapsed.Should().BeGreaterThanOrEqualTo(StorageHealthCheck.Timeout - TimeSpan.FromMilliseconds(100))
            .And.BeLessThan(StorageHealthCheck.Timeout + TimeSpan.FromSeconds(10));
        storage.ProbeReads.Should().Be(1);
        var body = await ReadJsonAsync(response);
        body.GetProperty("status").GetString().Should().Be("Unhealthy");
        body.GetProperty("checks").GetProperty(HealthEndpoints.StorageCheckName).GetProperty("description").GetString().Should().Contain("did not answer");
    }

    [Fact]
    public async Task GetReadyz_StorageThrows_Returns503WithoutTheErrorsDetails()
    {
        // Arrange
        var storage = ProbeOnlyStorage.Throwing(new InvalidOperationException("could not reach db-internal.example:6543 as heelbot_owner"));
        await using var host = HostUnderTest.WithMemory(services => services.AddSingleton<IStorage>(storage));
        using var client = host.CreateClient();

        // Act
        using var response = await client.GetAsync(HealthEndpoints.ReadinessPath);

        // Assert: the status says what is wrong; server names and users stay in the log.
        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var text = await response.Content.ReadAsStringAsync();
        text.Should().NotContain("db-internal").And.NotContain("6543").And.NotContain("heelbot_owner");
        JsonDocument.Parse(text).RootElement.GetProperty("checks").GetProperty(HealthEndpoints.StorageCheckName).GetProperty("status").GetString().Should().Be("Unhealthy");
    }

    [Fact]
    public async Task GetHealthz_StorageHangs_Returns200WithoutReadingTheStorage()
    {
        // Arrange
        var storage = ProbeOnlyStorage.Hanging();
        await using var host = HostUnderTest.WithMemory(services => services.AddSingleton<IStorage>(storage));
        using var client = host.CreateClient();

        // Act
        using var response = await client.GetAsync(HealthEndpoints.LivenessPath);

        // Assert: liveness must not fail for a dependency, or App Service would restart healthy processes.
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
        storage.ProbeReads.Should().Be(0);
    }

    [Fact]
    public async Task GetReadyz_PostgresOnAClosedPort_Returns503_WhileHealthzStays200()
    {
        // Arrange: nothing listens on the port, as when the database server is down or unreachable.
        var port = FreePort.Next();
        await using var host = HostUnderTest.WithPostgres($"Host=127.0.0.1;Port={port};Database=heelbot;Username=heelbot;Password=not-used;Timeout=2");
        using var client = host.CreateClient();

        // Act
        using var readiness = await client.GetAsync(HealthEndpoints.ReadinessPath);
        using var liveness = await client.GetAsync(HealthEndpoints.LivenessPath);

        // Assert
        readiness.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var text = await readiness.Content.ReadAsStringAsync();
        text.Should().NotContain(port.ToString(System.Globalization.CultureInfo.InvariantCulture), "the body must not describe the database");
        JsonDocument.Parse(text).RootElement.GetProperty("status").GetString().Should().Be("Unhealthy");
        liveness.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
