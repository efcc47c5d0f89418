using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace HeelBot.LoadTool.Servers;

/// <summary>
/// Starts the reference bot as its README says (<c>npm_config_yes=true npm ci &amp;&amp; PORT=… node index.js</c>), from a
/// copy in the temp folder: the shared folder is never written to. The copy is kept between runs, keyed by the
/// lock file, so <c>npm ci</c> runs once. <c>--expose-gc</c> and <c>BENCH_DEBUG=1</c> switch on its opt-in
/// <c>/debug/heap</c>, read only for the idle-memory figures.
/// </summary>
public static class ReferenceBotLauncher
{
    private static readonly string[] Files = ["index.js", "package.json", "package-lock.json", "README.md"];

    public static async Task<BotServer> StartAsync(string referenceDir, HttpClient http, IProgress<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var copy = await PrepareCopyAsync(referenceDir, progress, cancellationToken).ConfigureAwait(false);
        var port = FreePort.Next();
        var baseUrl = new Uri($"http://127.0.0.1:{port}/");
        var process = ServerProcess.Start(
            "reference bot (node)",
            "node",
            ["--expose-gc", "index.js"],
            copy,
            new Dictionary<string, string> { ["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture), ["BENCH_DEBUG"] = "1", ["NODE_ENV"] = "production" });
        try
        {
            await process.WaitReadyAsync(http, new Uri(baseUrl, "healthz"), TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await process.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new BotServer(TargetKind.Reference, "reference", baseUrl, process) { HeapUrl = new Uri(baseUrl, "debug/heap") };
    }

    private static async Task<string> PrepareCopyAsync(string referenceDir, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var lockBytes = await File.ReadAllBytesAsync(Path.Combine(referenceDir, "package-lock.json"), cancellationToken).ConfigureAwait(false);
        var indexBytes = await File.ReadAllBytesAsync(Path.Combine(referenceDir, "index.js"), cancellationToken).ConfigureAwait(false);
        var key = Convert.ToHexStringLower(SHA256.HashData([.. lockBytes, .. indexBytes]))[..12];
        var copy = Path.Combine(Path.GetTempPath(), "heelbot-loadtool", $"reference-bot-{key}");
        Directory.CreateDirectory(copy);
        foreach (var file in Files)
        {
            var source = Path.Combine(referenceDir, file);
            if (File.Exists(source))
            {
                File.Copy(source, Path.Combine(copy, file), overwrite: true);
            }
        }

        var marker = Path.Combine(copy, "node_modules", ".heelbot-loadtool-installed");
        if (!File.Exists(marker))
        {
            progress.Report($"npm ci for the reference bot in {copy} (once)");
            await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], copy, TimeSpan.FromMinutes(10), cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(marker, "ok", cancellationToken).ConfigureAwait(false);
        }

        return copy;
    }

    private static async Task RunAsync(string fileName, string[] arguments, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // An install script of botbuilder-dialogs calls npx, which would otherwise ask before installing.
        info.Environment["npm_config_yes"] = "true";
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{fileName} did not start");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} took longer than {timeout.TotalMinutes:0} min");
        }

        if (process.ExitCode != 0)
        {
            string text;
            lock (output)
            {
                text = output.ToString();
            }

            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{text}");
        }
    }
}
