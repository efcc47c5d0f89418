using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Npgsql;

namespace HeelBot.LoadTool.Servers;

/// <summary>
/// PostgreSQL for a run: the server in <c>$HEELBOT_TEST_POSTGRES</c>, or a throwaway one from
/// <c>scripts/postgres-test-server.sh</c> (stopped again afterwards, and by its watchdog if this tool dies). Each
/// HeelBot server gets a schema of its own, dropped on dispose, so runs never see each other's rows.
/// </summary>
public sealed partial class PostgresServer : IAsyncDisposable
{
    private readonly string _script;
    private readonly int? _ownedPort;
    private readonly List<string> _schemas = [];

    private PostgresServer(string connectionString, string script, int? ownedPort, int? postmasterPid)
    {
        ConnectionString = connectionString;
        _script = script;
        _ownedPort = ownedPort;
        PostmasterPid = postmasterPid;
    }

    public string ConnectionString { get; }

    /// <summary>The postmaster of a server this tool started (null for an external one, whose CPU is not read).</summary>
    public int? PostmasterPid { get; }

    public static async Task<PostgresServer> StartAsync(IProgress<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var root = RepoPaths.FindRoot() ?? throw new InvalidOperationException("Not inside the HeelBot repository: set HEELBOT_TEST_POSTGRES.");
        var script = Path.Combine(root, "scripts", "postgres-test-server.sh");
        if (Environment.GetEnvironmentVariable("HEELBOT_TEST_POSTGRES") is { Length: > 0 } external)
        {
            progress.Report("PostgreSQL from HEELBOT_TEST_POSTGRES");
            return new PostgresServer(external, script, ownedPort: null, postmasterPid: null);
        }

        progress.Report("starting a throwaway PostgreSQL (scripts/postgres-test-server.sh)");
        var info = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { script, "start", "--watch-pid", Environment.ProcessId.ToString(CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("bash did not start");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromMinutes(5));
        var stdout = process.StandardOutput.ReadToEndAsync(deadline.Token);
        var stderr = process.StandardError.ReadToEndAsync(deadline.Token);
        await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        var connectionString = (await stdout.ConfigureAwait(false)).Trim();
        var log = await stderr.ConfigureAwait(false);
        if (process.ExitCode != 0 || connectionString.Length == 0)
        {
            throw new InvalidOperationException($"postgres-test-server.sh start failed ({process.ExitCode}):\n{log}");
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return new PostgresServer(connectionString, script, builder.Port, PostmasterPidFrom(log));
    }

    /// <summary>A new empty schema and the connection string whose search_path puts HeelBot's tables in it.</summary>
    public async Task<string> NewSchemaAsync(CancellationToken cancellationToken)
    {
        var schema = "loadtool_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        await ExecuteAsync($"CREATE SCHEMA {schema};", cancellationToken).ConfigureAwait(false);
        _schemas.Add(schema);
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var schema in _schemas)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                await ExecuteAsync($"DROP SCHEMA IF EXISTS {schema} CASCADE;", timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException)
            {
                // A server that is gone has no schema left to drop.
            }
        }

        NpgsqlConnection.ClearAllPools();
        if (_ownedPort is { } port)
        {
            using var stop = Process.Start(new ProcessStartInfo("bash") { ArgumentList = { _script, "stop", port.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false });
            if (stop is not null)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                await stop.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The script says "(data in DIR)"; the postmaster's pid is the first line of DIR/data/postmaster.pid.</summary>
    private static int? PostmasterPidFrom(string log)
    {
        var match = DataDirPattern().Match(log);
        var pidFile = match.Success ? Path.Combine(match.Groups[1].Value, "data", "postmaster.pid") : null;
        try
        {
            return pidFile is not null && File.Exists(pidFile)
                && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                ? pid
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"\(data in ([^)]+)\)")]
    private static partial Regex DataDirPattern();
}
