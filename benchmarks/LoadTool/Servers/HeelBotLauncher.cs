using System.Security.Cryptography;

namespace HeelBot.LoadTool.Servers;

/// <summary>
/// Starts HeelBot's host from its built dll as an operator would (its own appsettings.json, Production), on a free
/// loopback port, with the storage under test. Two settings differ from the defaults, both for the load itself:
/// the per-address rate limit is off (every simulated person comes from 127.0.0.1) and a Direct Line secret is set.
/// </summary>
public static class HeelBotLauncher
{
    public static async Task<BotServer> StartAsync(string botDll, StorageKind storage, string scratchDir, string? postgresConnectionString, int? postgresPid, HttpClient http, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var baseUrl = new Uri($"http://127.0.0.1:{port}/");
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var sqlitePath = storage == StorageKind.Sqlite ? Path.Combine(scratchDir, $"heelbot-{port}.db") : null;
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Storage__Provider"] = storage.ToString(),
            ["RateLimiting__PermitLimit"] = "0",
            ["DirectLine__Secrets__0"] = secret,
            ["MicrosoftAppId"] = string.Empty,
        };
        if (sqlitePath is not null)
        {
            environment["ConnectionStrings__Sqlite"] = $"Data Source={sqlitePath}";
        }

        if (storage == StorageKind.Postgres)
        {
            environment["ConnectionStrings__Postgres"] = postgresConnectionString ?? throw new ArgumentNullException(nameof(postgresConnectionString));
        }

        // Started from its own folder, so its appsettings.json and wwwroot are found as in a deployment.
        var process = ServerProcess.Start(
            $"HeelBot ({storage})",
            "dotnet",
            [botDll, "--urls", baseUrl.ToString().TrimEnd('/')],
            Path.GetDirectoryName(botDll)!,
            environment);
        try
        {
            await process.WaitReadyAsync(http, new Uri(baseUrl, "healthz"), TimeSpan.FromSeconds(90), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await process.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new BotServer(TargetKind.HeelBot, $"heelbot/{storage.ToString().ToLowerInvariant()}", baseUrl, process)
        {
            Storage = storage,
            DirectLineSecret = secret,
            SqlitePath = sqlitePath,
            PostgresConnectionString = storage == StorageKind.Postgres ? postgresConnectionString : null,
            DatabaseProcessId = storage == StorageKind.Postgres ? postgresPid : null,
        };
    }
}
