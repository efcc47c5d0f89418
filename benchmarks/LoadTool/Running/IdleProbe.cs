using System.Text.Json;
using HeelBot.LoadTool.Measuring;
using HeelBot.LoadTool.People;
using HeelBot.LoadTool.Reporting;
using HeelBot.LoadTool.Servers;
using HeelBot.LoadTool.Transports;

namespace HeelBot.LoadTool.Running;

/// <summary>
/// Leaves conversations idle mid-way (3 turns each, the bot waiting for the duration / week count) in two batches
/// and reads the server's resident set before and after each, and for HeelBot on a database the bytes stored for them.
/// </summary>
public static class IdleProbe
{
    public const int TurnsEach = 3;
    private const int Concurrency = 16;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    public static async Task<IdleResult> RunAsync(BotServer server, HttpClient http, int perBatch, string marker, IProgress<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(progress);
        var transport = new MessagesTransport(http, server.BaseUrl);
        var pid = server.Process.Id;

        var heapBefore = await SettleAsync(server, http, cancellationToken).ConfigureAwait(false);
        var rssBefore = ProcessStats.Memory(pid).Rss;
        var errors = 0L;
        var rssAfter = new long[2];
        double? heapAfter = null;
        for (var batch = 0; batch < 2; batch++)
        {
            progress.Report($"{server.Label}: idle batch {batch + 1}/2, {perBatch} conversations left after {TurnsEach} turns");
            errors += await BatchAsync(server, transport, perBatch, $"{marker}{batch}-", cancellationToken).ConfigureAwait(false);
            heapAfter = await SettleAsync(server, http, cancellationToken).ConfigureAwait(false);
            rssAfter[batch] = ProcessStats.Memory(pid).Rss;
        }

        StoredState? stored = server.Storage switch
        {
            StorageKind.Sqlite when server.Target == TargetKind.HeelBot && server.SqlitePath is { } path
                => await StoredStateProbe.SqliteAsync(path, marker, cancellationToken).ConfigureAwait(false),
            StorageKind.Postgres when server.PostgresConnectionString is { } connection
                => await StoredStateProbe.PostgresAsync(connection, marker, cancellationToken).ConfigureAwait(false),
            _ => null,
        };

        const double MiB = 1024 * 1024;
        return new IdleResult
        {
            Target = server.Target,
            Server = server.Label,
            Storage = server.Storage,
            ConversationsPerBatch = perBatch,
            Errors = errors,
            RssBeforeMiB = rssBefore / MiB,
            RssAfterFirstMiB = rssAfter[0] / MiB,
            RssAfterSecondMiB = rssAfter[1] / MiB,
            RssBytesPerConversationFirst = (double)(rssAfter[0] - rssBefore) / perBatch,
            RssBytesPerConversationSecond = (double)(rssAfter[1] - rssAfter[0]) / perBatch,
            HeapBytesPerConversationAfterGc = heapBefore is { } h0 && heapAfter is { } h2 ? (h2 - h0) / (2.0 * perBatch) : null,
            Stored = stored,
            StoredBytesPerConversation = stored is null ? null : stored.DocumentBytes / (2.0 * perBatch),
        };
    }

    private static async Task<long> BatchAsync(BotServer server, IChatTransport transport, int count, string prefix, CancellationToken cancellationToken)
    {
        var next = 0L;
        var live = new LiveCounters();
        var workers = Enumerable.Range(0, Concurrency).Select(_ => Task.Run(
            async () =>
            {
                var tally = new WorkerTally();
                long n;
                while ((n = Interlocked.Increment(ref next)) <= count && !cancellationToken.IsCancellationRequested)
                {
                    IPerson person = server.Target == TargetKind.HeelBot ? new HeelBotPerson(ConversationShapes.DanishSteps) : new ReferencePerson();
                    await ConversationDriver.RunAsync(transport, person, $"{prefix}{n}", () => true, tally, live, cancellationToken, TurnsEach).ConfigureAwait(false);
                }

                return tally;
            },
            CancellationToken.None));
        var tallies = await Task.WhenAll(workers).ConfigureAwait(false);

        // Reaching a disposition within 3 turns would mean the conversation is not idle mid-way: count it too.
        return tallies.Sum(t => t.Failed + t.Completed);
    }

    /// <summary>Lets the server settle; for the reference, forces V8's GC and returns its used heap.</summary>
    private static async Task<double?> SettleAsync(BotServer server, HttpClient http, CancellationToken cancellationToken)
    {
        await Task.Delay(Settle, cancellationToken).ConfigureAwait(false);
        if (server.HeapUrl is null)
        {
            return null;
        }

        try
        {
            using var response = await http.GetAsync(server.HeapUrl, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), default, cancellationToken).ConfigureAwait(false);
            return body.RootElement.TryGetProperty("heapUsed", out var used) ? used.GetDouble() : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException)
        {
            return null;
        }
    }
}
