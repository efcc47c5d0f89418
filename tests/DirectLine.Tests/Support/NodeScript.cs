using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace HeelBot.DirectLine.Tests.Support;

/// <summary>
/// Runs a script of tests/DirectLine.Tests/node (its npm packages installed by the build through package-lock.json)
/// with bounded time, and collects what it printed.
/// </summary>
public static class NodeScript
{
    public static string Directory { get; } = typeof(NodeScript).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "NodeTestsDirectory").Value!;

    public static async Task<NodeRun> RunAsync(string script, object config, TimeSpan timeout)
    {
        File.Exists(Path.Combine(Directory, "node_modules", "botframework-directlinejs", "package.json"))
            .Should().BeTrue("the build runs `npm ci` in {0}", Directory);
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(Directory, script));
        info.ArgumentList.Add(JsonSerializer.Serialize(config));

        using var process = new Process { StartInfo = info };
        var output = new StringBuilder();
        var errors = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(errors, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"node {script} did not finish within {timeout.TotalSeconds} s.\n{Text(output)}\n{Text(errors)}");
        }

        // The async readers may still be draining after exit.
        process.WaitForExit();
        return new NodeRun(process.ExitCode, Text(output), Text(errors));
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }

    private static string Text(StringBuilder buffer)
    {
        lock (buffer)
        {
            return buffer.ToString();
        }
    }
}
