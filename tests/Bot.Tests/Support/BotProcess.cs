using System.Diagnostics;
using System.Text;

namespace HeelBot.Bot.Tests.Support;

/// <summary>
/// The built host (HeelBot.Bot.dll, copied next to the test assembly) as a separate OS process on a
/// loopback port with SQLite state, so a test can kill it the hard way and start it again.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private const string Watchdog = "/usr/bin/timeout";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    /// <summary>No test needs a host longer than this; an orphaned one is killed after it.</summary>
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(5);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BotProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>What the process wrote so far (for failure messages).</summary>
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

    /// <summary>Starts the host on a free port with its state in <paramref name="databasePath"/> and waits for /healthz.</summary>
    public static async Task<BotProcess> StartAsync(string databasePath)
    {
        var port = FreePort.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var program = DotnetHost();
        List<string> arguments = [
            HostAssembly(), "--urls", baseAddress.ToString().TrimEnd('/'), "--contentRoot", AppContext.BaseDirectory,
            "--Storage:Provider=Sqlite", $"--ConnectionStrings:Sqlite=Data Source={databasePath}"];

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
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info };
        var bot = new BotProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await bot.WaitUntilHealthyAsync();
            return bot;
        }
        catch
        {
            bot.Dispose();
            throw;
        }
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

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
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} before it was healthy:\n{Output}");
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

        throw new TimeoutException($"The host did not answer /healthz within {StartTimeout.TotalSeconds} s:\n{Output}");
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
