using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Xunit;

namespace HeelBot.Tests.Shared;

/// <summary>
/// A real PostgreSQL server for the tests, and a database of their own on it (dropped afterwards). The server
/// is the one named by <c>HEELBOT_TEST_POSTGRES</c> (test.sh starts one for all test projects); without it, this
/// fixture starts a throwaway one with <c>scripts/postgres-test-server.sh</c> and stops it again at the end.
/// When neither works every PostgreSQL test fails with the reason: a silently skipped backend would let the
/// shared contract pass without PostgreSQL ever having run it.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "HEELBOT_TEST_POSTGRES";

    private const string ScriptPath = "scripts/postgres-test-server.sh";

    /// <summary>Long enough for apt-get to install the package on a fresh machine.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(15);

    private string? _serverConnectionString;
    private string? _startedScript;
    private int? _startedPort;
    /// <summary>Set once the database exists, so a failed start does not add a second error at clean-up.</summary>
    private string? _databaseName;

    /// <summary>The test database on the server (no search path: each test adds its own schema).</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        _serverConnectionString = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(_serverConnectionString))
        {
            _serverConnectionString = await StartServerAsync();
        }

        var databaseName = "heelbot_tests_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            await using var connection = await OpenAdminConnectionAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {databaseName} ENCODING 'UTF8' TEMPLATE template0", connection);
            await command.ExecuteNonQueryAsync();
            _databaseName = databaseName;
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException)
        {
            var source = _startedPort is null ? $"the server in {EnvironmentVariable}" : $"the server {ScriptPath} started";
            throw new InvalidOperationException($"The PostgreSQL tests could not create their database on {source}: {ex.Message}", ex);
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = databaseName }.ToString();
    }

    public async Task DisposeAsync()
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            if (_databaseName is not null && _startedPort is null)
            {
                // A server we did not start outlives us: leave it as we found it.
                await using var connection = await OpenAdminConnectionAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_databaseName} WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
            }
        }
        finally
        {
            if (_startedPort is { } port && _startedScript is not null)
            {
                await RunScriptAsync(_startedScript, ["stop", port.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromMinutes(1));
            }
        }
    }

    private async Task<NpgsqlConnection> OpenAdminConnectionAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Pooling = false, ApplicationName = "HeelBot tests" };
        var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync();
        return connection;
    }

    private async Task<string> StartServerAsync()
    {
        var script = FindScript();
        var (exitCode, output, errors) = await RunScriptAsync(script, ["start", "--watch-pid", Environment.ProcessId.ToString(CultureInfo.InvariantCulture)], StartTimeout);
        var connectionString = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (exitCode != 0 || string.IsNullOrEmpty(connectionString))
        {
            throw new InvalidOperationException(
                $"The PostgreSQL tests need a server. {EnvironmentVariable} is not set, and `{script} start` failed (exit code {exitCode}):{Environment.NewLine}{errors.Trim()}{Environment.NewLine}" +
                $"Run it as root (it installs Debian's postgresql package), or set {EnvironmentVariable} to an Npgsql connection string of a superuser.");
        }

        _startedScript = script;
        _startedPort = new NpgsqlConnectionStringBuilder(connectionString).Port;
        return connectionString;
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunScriptAsync(string script, string[] arguments, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"bash could not be started to run {script}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, string.Empty, $"{script} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        return (process.ExitCode, await output, await errors);
    }

    /// <summary>The script in the repository the tests were built from, found by walking up from the test binaries.</summary>
    private static string FindScript()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, ScriptPath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"The PostgreSQL tests need a server: {EnvironmentVariable} is not set and {ScriptPath} was not found above {AppContext.BaseDirectory}.");
    }
}
