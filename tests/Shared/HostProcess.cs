using System.Diagnostics;
using System.Text;

namespace HeelBot.Tests.Shared;

/// <summary>
/// The built host (HeelBot.Bot.dll, copied next to the test assembly) as its own OS process on a free loopback port,
/// configured through command-line settings as an operator would, so a test can run two of them side by side, kill
/// one the hard way and start another on the same state. It runs as Production (no developer error pages).
/// </summary>
public sealed class HostProcess : IDisposable
{
    private const string Watchdog = "/usr/bin/timeout";

    /// <summary>Generous because two hosts may start at once on a busy 2-core machine.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(60);

    /// <summary>No test needs a host longer than this; an orphaned one is killed after it.</summary>
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(5);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private HttpClient? _client;

    private HostProcess(Process process, Uri baseAddress, string name)
    {
        _process = process;
        BaseAddress = baseAddress;
        Name = name;
    }

    public Uri BaseAddress { get; }

    /// <summary>What the test calls this host ("A", "B"), for failure messages.</summary>
    public string Name { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>What the process wrote so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>A client for this host, kept for the host's life and disposed with it.</summary>
    public HttpClient Client => _client ??= CreateClient();

    /// <summary>Starts the host with <paramref name="settings"/> (configuration keys) and waits until /healthz answers.</summary>
    public static async Task<HostProcess> StartAsync(string name, IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var port = FreePort.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var program = DotnetHost();
        List<string> arguments = [HostAssembly(), "--urls", baseAddress.ToString().TrimEnd('/'), "--contentRoot", AppContext.BaseDirectory];
        arguments.AddRange(settings.Select(setting => $"--{setting.Key}={setting.Value}"));

        // Dispose kills the host; if the test run itself is killed first, coreutils' timeout still ends it.
        if (File.Exists(Watchdog))
        {
            arguments.InsertRange(0, ["--signal=KILL", $"{(int)MaxLifetime.TotalSeconds}s", program]);
            program = Watchdog;
        }

        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info };
        var host = new HostProcess(process, baseAddress, name);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilHealthyAsync();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>A new client for this host, owned by the caller (for helpers that dispose the client they are given).</summary>
    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = ClientTimeout };

    /// <summary>kill -9: no shutdown hooks, no flush, the whole process tree.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit(10_000).Should().BeTrue("a killed process exits");
    }

    public void Dispose()
    {
        _client?.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It never started or is already gone.
        }

        _process.Dispose();
    }

    public override string ToString() => $"host {Name} at {BaseAddress}";

    /// <summary>The same dotnet the tests run on (dotnet test sets DOTNET_HOST_PATH).</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";

    private static string HostAssembly()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "HeelBot.Bot.dll");
        File.Exists(path).Should().BeTrue("the host assembly is copied next to the tests ({0})", path);
        return path;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Host {Name} exited with code {_process.ExitCode} before it was healthy:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync("/healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but slow to answer while it starts.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Host {Name} did not answer /healthz within {StartTimeout.TotalSeconds} s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
