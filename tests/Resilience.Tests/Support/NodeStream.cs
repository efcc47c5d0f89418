using System.ComponentModel;
using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace HeelBot.Resilience.Tests.Support;

/// <summary>
/// node/stream.js running: the real botframework-directlinejs client holding a conversation's stream on one host.
/// Its report lines are read as they come, so a test can wait for an activity with a deadline. Disposing closes its
/// standard input (it then ends the client and exits) and kills it if it has not.
/// </summary>
public sealed class NodeStream : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly StringBuilder _errors = new();
    private readonly SemaphoreSlim _changed = new(0);

    private NodeStream(Process process) => _process = process;

    public static string Directory { get; } = typeof(NodeStream).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "NodeTestsDirectory").Value!;

    /// <summary>The activities reported so far, in arrival order.</summary>
    public IReadOnlyList<JsonElement> Activities
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines.Where(l => l.StartsWith("ACTIVITY ", StringComparison.Ordinal)).Select(l => JsonDocument.Parse(l["ACTIVITY ".Length..]).RootElement.Clone())];
            }
        }
    }

    /// <summary>The client said it is online.</summary>
    public bool IsReady
    {
        get
        {
            lock (_lines)
            {
                return _lines.Contains("READY");
            }
        }
    }

    /// <summary>Everything it printed, for failure messages.</summary>
    public string Transcript
    {
        get
        {
            lock (_lines)
            {
                return string.Join('\n', _lines) + "\n" + _errors;
            }
        }
    }

    public static NodeStream Start(object config)
    {
        File.Exists(Path.Combine(Directory, "node_modules", "botframework-directlinejs", "package.json"))
            .Should().BeTrue("the build runs `npm ci` in {0}", Directory);
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(Directory, "stream.js"));
        info.ArgumentList.Add(JsonSerializer.Serialize(config));
        var process = new Process { StartInfo = info };
        var stream = new NodeStream(process);
        process.OutputDataReceived += (_, e) => stream.Add(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            lock (stream._lines)
            {
                stream._errors.AppendLine(e.Data);
            }
        };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"node could not be started ({ex.Message}); the Direct Line test needs Node.js 20+ (Debian: apt-get install nodejs npm).", ex);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return stream;
    }

    /// <summary>Waits until <paramref name="condition"/> holds for the lines so far; fails on a FAIL line, an exit or the deadline.</summary>
    public async Task WaitForAsync(Func<NodeStream, bool> condition, string what, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            Failure().Should().BeNull("the client reported a protocol breach:\n{0}", Transcript);
            if (condition(this))
            {
                return;
            }

            _process.HasExited.Should().BeFalse("the client should still be running while waiting for {0}:\n{1}", what, Transcript);
            var left = timeout - deadline.Elapsed;
            left.Should().BePositive("{0} should happen within {1} s:\n{2}", what, timeout.TotalSeconds, Transcript);
            await _changed.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.StandardInput.Close();
                if (!_process.WaitForExit(5_000))
                {
                    _process.Kill(entireProcessTree: true);
                    _process.WaitForExit(5_000);
                }
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException)
        {
            // Already gone.
        }

        _process.Dispose();
        _changed.Dispose();
    }

    private string? Failure()
    {
        lock (_lines)
        {
            return _lines.FirstOrDefault(l => l.StartsWith("FAIL", StringComparison.Ordinal));
        }
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Add(line);
        }

        _changed.Release();
    }
}
