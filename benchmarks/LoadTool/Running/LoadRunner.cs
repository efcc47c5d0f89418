using System.Net;
using System.Security.Cryptography;
using HeelBot.LoadTool.Reporting;
using HeelBot.LoadTool.Servers;
using HeelBot.LoadTool.Transports;

namespace HeelBot.LoadTool.Running;

/// <summary>
/// A whole run: starts the servers (the reference once; HeelBot once per storage, each on a fresh database), runs
/// the windows with HeelBot and the reference back to back at each concurrency level, then the idle probes, and
/// stops everything it started.
/// </summary>
public static class LoadRunner
{
    public static async Task<LoadReport> RunAsync(LoadToolOptions options, IProgress<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        var startedAt = TimeProvider.System.GetUtcNow();
        var runTag = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        var wantsHeelBot = options.Targets.Contains(TargetKind.HeelBot);
        var wantsReference = options.Targets.Contains(TargetKind.Reference);
        var botDll = wantsHeelBot ? RepoPaths.BotDll(options.BotDll) : string.Empty;
        var referenceDir = wantsReference ? RepoPaths.ReferenceDir(options.ReferenceDir) : null;
        var scratch = RepoPaths.NewScratchDir($"run-{runTag}");
        var spec = new WindowSpec(options.Duration, options.Conversations, options.Warmup, options.RequestTimeout);
        var maxPeople = options.Concurrency.Max();
        var windows = new List<WindowResult>();
        var idle = new List<IdleResult>();
        var idleProbes = 0;

        using var health = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxPeople + 4,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        using var http = new HttpClient(handler) { Timeout = options.RequestTimeout };

        PostgresServer? postgres = null;
        BotServer? reference = null;
        try
        {
            if (wantsHeelBot && options.Storages.Contains(StorageKind.Postgres))
            {
                postgres = await PostgresServer.StartAsync(progress, cancellationToken).ConfigureAwait(false);
            }

            if (referenceDir is not null)
            {
                reference = await ReferenceBotLauncher.StartAsync(referenceDir, health, progress, cancellationToken).ConfigureAwait(false);
                progress.Report($"reference bot on {reference.BaseUrl} (pid {reference.Process.Id})");
            }

            foreach (var storage in wantsHeelBot ? options.Storages : [StorageKind.Memory])
            {
                BotServer? heelBot = null;
                try
                {
                    if (wantsHeelBot)
                    {
                        var connection = storage == StorageKind.Postgres ? await postgres!.NewSchemaAsync(cancellationToken).ConfigureAwait(false) : null;
                        heelBot = await HeelBotLauncher.StartAsync(botDll, storage, scratch, connection, postgres?.PostmasterPid, health, cancellationToken).ConfigureAwait(false);
                        progress.Report($"HeelBot ({storage}) on {heelBot.BaseUrl} (pid {heelBot.Process.Id})");
                    }

                    foreach (var transport in options.Transports)
                    {
                        foreach (var concurrency in options.Concurrency)
                        {
                            for (var round = 1; round <= options.Rounds; round++)
                            {
                                // Alternate who goes first, so neither always inherits the other's leftovers (page cache, GC debt).
                                BotServer?[] order = round % 2 == 1 ? [heelBot, reference] : [reference, heelBot];
                                foreach (var server in order)
                                {
                                    if (server is null || (server.Target == TargetKind.Reference && transport != TransportKind.Messages))
                                    {
                                        continue;
                                    }

                                    var result = await LoadWindow.RunAsync(server, TransportFor(server, transport, http), transport, concurrency, round, spec, runTag, progress, cancellationToken).ConfigureAwait(false);
                                    windows.Add(result with { Storage = server.Target == TargetKind.Reference ? storage : result.Storage });
                                    progress.Report(ReportWriter.Summary(result));
                                }
                            }
                        }
                    }

                    if (heelBot is not null && options.IdleConversations > 0)
                    {
                        idle.Add(await IdleProbe.RunAsync(heelBot, http, options.IdleConversations, $"lt{runTag}-idle{++idleProbes}-", progress, cancellationToken).ConfigureAwait(false));
                    }
                }
                finally
                {
                    if (heelBot is not null)
                    {
                        await heelBot.DisposeAsync().ConfigureAwait(false);
                    }
                }
            }

            if (reference is not null && options.IdleConversations > 0)
            {
                idle.Add(await IdleProbe.RunAsync(reference, http, options.IdleConversations, $"lt{runTag}-idle{++idleProbes}-", progress, cancellationToken).ConfigureAwait(false));
            }
        }
        finally
        {
            if (reference is not null)
            {
                await reference.DisposeAsync().ConfigureAwait(false);
            }

            if (postgres is not null)
            {
                await postgres.DisposeAsync().ConfigureAwait(false);
            }

            TryDelete(scratch);
        }

        return new LoadReport
        {
            StartedAt = startedAt,
            CommandLine = options.CommandLine,
            Machine = MachineInfo.Read(wantsReference ? NodeVersion() : null),
            BotDll = botDll,
            Windows = windows,
            Idle = idle,
        };
    }

    private static IChatTransport TransportFor(BotServer server, TransportKind transport, HttpClient http) => transport switch
    {
        TransportKind.DirectLine => new DirectLineTransport(http, server.BaseUrl, server.DirectLineSecret ?? throw new InvalidOperationException($"{server.Label} has no Direct Line")),
        _ => new MessagesTransport(http, server.BaseUrl),
    };

    private static string? NodeVersion()
    {
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            if (process is null || !process.WaitForExit(10_000))
            {
                return null;
            }

            return process.StandardOutput.ReadToEnd().Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
