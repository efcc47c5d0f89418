using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HeelBot.Deployment.Tests.Support;

/// <summary>
/// The real host (Program.cs) in memory, in the Production environment, configured through the same keys the
/// template sets; <paramref name="configureServices"/> may replace a service (a storage that fails on purpose).
/// </summary>
public sealed class HostUnderTest(IReadOnlyDictionary<string, string> settings, Action<IServiceCollection>? configureServices = null)
    : WebApplicationFactory<Program>
{
    public static HostUnderTest WithPostgres(string connectionString) => new(new Dictionary<string, string>
    {
        ["Storage:Provider"] = "Postgres",
        ["ConnectionStrings:Postgres"] = connectionString,
    });

    public static HostUnderTest WithSqlite(string databasePath) => new(new Dictionary<string, string>
    {
        ["Storage:Provider"] = "Sqlite",
        ["ConnectionStrings:Sqlite"] = $"Data Source={databasePath}",
    });

    public static HostUnderTest WithMemory(Action<IServiceCollection>? configureServices = null) =>
        new(new Dictionary<string, string> { ["Storage:Provider"] = "Memory" }, configureServices);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (configureServices is not null)
        {
            builder.ConfigureTestServices(configureServices);
        }
    }
}
