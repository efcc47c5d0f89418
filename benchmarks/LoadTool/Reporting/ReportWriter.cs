using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HeelBot.LoadTool.Reporting;

/// <summary>The run as a console table, a markdown page and a JSON file.</summary>
public static class ReportWriter
{
    /// <summary>The targets of issue #7, checked against the figures of a run.</summary>
    public const double CpuRatioTarget = 0.2;
    public const double ThroughputRatioTarget = 5;
    public const double P99TargetMs = 10;
    public const double StoredBytesTarget = 4096;

    /// <summary>Below this, resident-set growth per idle conversation is within the noise of a .NET heap: "no memory".</summary>
    public const double IdleMemoryNoiseBytes = 512;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Summary(WindowResult w) => string.Create(
        Invariant,
        $"{w.Server} {Name(w.Transport)} c={w.Concurrency}: {w.TurnsPerSecond:0} turns/s, {w.ConversationsPerSecond:0.0} conv/s, p50 {w.LatencyMs.P50:0.0} / p99 {w.LatencyMs.P99:0.0} ms, server CPU {w.ServerCpuMsPerTurn:0.000} ms/turn, {w.Errors} errors (machine {w.MachineBusyPercent:0}% busy, {w.OtherBusyPercent:0}% others)");

    /// <summary>Writes <c>loadtool-&lt;time&gt;.md</c> and <c>.json</c> into <paramref name="dir"/>; returns both paths.</summary>
    public static async Task<(string Markdown, string Json)> WriteAsync(LoadReport report, string dir, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(dir);
        var stem = Path.Combine(dir, "loadtool-" + report.StartedAt.ToString("yyyyMMdd-HHmmss", Invariant));
        var markdown = stem + ".md";
        var json = stem + ".json";
        await File.WriteAllTextAsync(markdown, Markdown(report), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(report, Json), cancellationToken).ConfigureAwait(false);
        return (markdown, json);
    }

    public static string Markdown(LoadReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        var m = report.Machine;
        Line(md, $"# HeelBot load run, {report.StartedAt:yyyy-MM-dd HH:mm} UTC");
        md.AppendLine();
        Line(md, $"    dotnet run -c Release --project benchmarks/LoadTool -- {report.CommandLine}");
        md.AppendLine();
        Line(md, $"Machine: {m.Cores} cores, {m.MemoryGiB:0.#} GiB, {m.Os}, {m.DotNet}{(m.Node is null ? "" : ", node " + m.Node)}.");
        md.AppendLine("The load tool, the bots and the database share it; 'busy' is the whole machine in the window and 'others' the part that was none of them "
            + "(other work on the machine: figures are noisier the higher it is).");
        md.AppendLine();
        Line(md, $"HeelBot: `{report.BotDll}`. The reference bot keeps its state in memory whatever the storage column says (that column tells which HeelBot window it ran beside).");
        md.AppendLine();
        md.AppendLine(Table(report.Windows));

        var pairs = report.SideBySide;
        if (pairs.Count > 0)
        {
            md.AppendLine("## Side by side (HeelBot ÷ reference, /api/messages)");
            md.AppendLine();
            md.AppendLine("| storage | people | round | server CPU per turn | throughput (turns/s) | p99 HeelBot | p99 reference |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var p in pairs)
            {
                Line(md, $"| {Name(p.Storage)} | {p.Concurrency} | {p.Round} | {p.CpuPerTurnRatio:0.000}× | {p.ThroughputRatio:0.00}× | {p.HeelBotP99Ms:0.0} ms | {p.ReferenceP99Ms:0.0} ms |");
            }

            md.AppendLine();
        }

        if (report.Idle.Count > 0)
        {
            md.AppendLine("## Idle conversations");
            md.AppendLine();
            md.AppendLine("Each left after 3 turns, waiting for the next answer; two batches. RSS growth per conversation is noisy for a garbage-collected heap "
                + "(the first batch also pays for warming heaps and pools); the second batch is the steady-state figure. The reference's V8 heap is read after a forced GC.");
            md.AppendLine();
            md.AppendLine("| bot | storage | per batch | RSS before → after 1 → after 2 | RSS growth per conv., batch 1 | batch 2 | V8 heap per conv. after GC | stored per conv. | errors |");
            md.AppendLine("|---|---|---:|---|---:|---:|---:|---:|---:|");
            foreach (var i in report.Idle)
            {
                Line(md, $"| {i.Server} | {Name(i.Storage)} | {i.ConversationsPerBatch} | {i.RssBeforeMiB:0.0} → {i.RssAfterFirstMiB:0.0} → {i.RssAfterSecondMiB:0.0} MiB | {Bytes(i.RssBytesPerConversationFirst)} | {Bytes(i.RssBytesPerConversationSecond)} | {Bytes(i.HeapBytesPerConversationAfterGc)} | {Bytes(i.StoredBytesPerConversation)} | {i.Errors} |");
            }

            md.AppendLine();
        }

        md.AppendLine(Targets(report));

        var samples = report.Windows.SelectMany(w => w.ErrorSamples.Select(s => $"{w.Server} {Name(w.Transport)} c={w.Concurrency}: {s}")).Take(20).ToList();
        if (samples.Count > 0)
        {
            md.AppendLine("## Errors (samples)");
            md.AppendLine();
            foreach (var sample in samples)
            {
                Line(md, $"- {sample}");
            }
        }

        return md.ToString();
    }

    public static string Table(IReadOnlyList<WindowResult> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var md = new StringBuilder();
        md.AppendLine("| bot | storage | transport | people | round | conv/s | turns/s | p50 ms | p95 ms | p99 ms | max ms | server CPU ms/turn | DB CPU ms/turn | tool CPU ms/turn | server peak MiB | errors | busy / others |");
        md.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var w in windows)
        {
            Line(md, $"| {w.Server} | {Name(w.Storage)} | {Name(w.Transport)} | {w.Concurrency} | {w.Round} | {w.ConversationsPerSecond:0.0} | {w.TurnsPerSecond:0} | {w.LatencyMs.P50:0.0} | {w.LatencyMs.P95:0.0} | {w.LatencyMs.P99:0.0} | {w.LatencyMs.Max:0.0} | {w.ServerCpuMsPerTurn:0.000} | {(w.DatabaseCpuMsPerTurn is { } db ? db.ToString("0.000", Invariant) : "–")} | {w.LoadToolCpuMsPerTurn:0.000} | {w.ServerPeakMiB:0} | {w.Errors} | {w.MachineBusyPercent:0}% / {w.OtherBusyPercent:0}% |");
        }

        return md.ToString();
    }

    private static string Targets(LoadReport report)
    {
        var md = new StringBuilder();
        md.AppendLine("## Targets (issue #7)");
        md.AppendLine();
        var pairs = report.SideBySide;
        if (pairs.Count > 0)
        {
            var worstCpu = pairs.Max(p => p.CpuPerTurnRatio);
            Check(md, worstCpu <= CpuRatioTarget, $"HeelBot's server CPU per turn at most 1/5 of the reference's: worst ratio {worstCpu:0.000}×");
            var at64 = pairs.Where(p => p.Concurrency == 64).ToList();
            if (at64.Count > 0)
            {
                var worstThroughput = at64.Min(p => p.ThroughputRatio);
                Check(md, worstThroughput >= ThroughputRatioTarget, $"throughput at 64 people at least 5× the reference's: lowest ratio {worstThroughput:0.00}×");
            }
        }

        foreach (var w in report.Windows.Where(w => w.Target == TargetKind.HeelBot && w.Storage == StorageKind.Sqlite && w.Concurrency == 64 && w.Transport == TransportKind.Messages))
        {
            Check(md, w.LatencyMs.P99 < P99TargetMs, $"p99 turn latency under 10 ms at 64 people on SQLite (round {w.Round}): {w.LatencyMs.P99:0.0} ms");
        }

        foreach (var i in report.Idle.Where(i => i.Target == TargetKind.HeelBot))
        {
            if (i.Storage != StorageKind.Memory)
            {
                Check(md, i.RssBytesPerConversationSecond <= IdleMemoryNoiseBytes, $"idle conversations cost no host memory ({Name(i.Storage)}): {Bytes(i.RssBytesPerConversationSecond)} RSS growth per conversation in the second batch (noise floor {IdleMemoryNoiseBytes:0} B)");
            }

            if (i.StoredBytesPerConversation is { } stored)
            {
                Check(md, stored < StoredBytesTarget, $"stored state under 4 KB per idle conversation ({Name(i.Storage)}): {Bytes(stored)}");
            }
        }

        var errors = report.TotalErrors;
        Check(md, errors == 0, $"every conversation reached its disposition: {errors} errors");
        return md.ToString();
    }

    private static void Check(StringBuilder md, bool met, string text) => Line(md, $"- {(met ? "met" : "**missed**")}: {text}");

    private static string Bytes(double? bytes) => bytes switch
    {
        null => "–",
        { } b when Math.Abs(b) >= 1024 => string.Create(Invariant, $"{b / 1024:0.0} KiB"),
        { } b => string.Create(Invariant, $"{b:0} B"),
    };

    private static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static void Line(StringBuilder md, FormattableString text) => md.AppendLine(text.ToString(Invariant));
}
