using System.Globalization;

namespace HeelBot.LoadTool;

/// <summary>Plain <c>--name value</c> arguments (no parser package: the NuGet copy this builds from is partial).</summary>
public static class OptionsParser
{
    public const string Usage =
        """
        HeelBot load tool: simulated people through whole triage conversations, HeelBot and the reference bot side by side.

        dotnet run -c Release --project benchmarks/LoadTool -- [options]

          --target heelbot|reference|both      which bots (default both; the reference speaks /api/messages only)
          --storage sqlite,postgres,memory     HeelBot's Storage:Provider, one server per storage (default sqlite)
          --transport messages,directline      /api/messages with expectReplies, and/or Direct Line 3.0 (default messages)
          --concurrency 16,64                  simulated people at once, one window per level (default 16,64)
          --duration 20                        seconds per measured window (default 20)
          --conversations N                    instead: N conversations per window (smoke runs)
          --warmup 5                           unmeasured seconds before each window (default 5)
          --rounds 1                           repeat the side-by-side windows, alternating who goes first (default 1)
          --idle 2000                          conversations left idle, twice, for memory and stored bytes each (0: skip)
          --bot-dll PATH                       HeelBot.Bot.dll (default src/Bot/bin/Release/net10.0, else Debug)
          --reference-dir PATH                 the reference bot (default ../shared/reference-bot; copied, never changed)
          --out DIR                            results folder (default artifacts/loadtool)
          --timeout 30                         seconds any one request may take (default 30)

        PostgreSQL: $HEELBOT_TEST_POSTGRES if set (a schema of its own, dropped afterwards), else a throwaway server
        from scripts/postgres-test-server.sh.
        """;

    /// <summary>The options, or the problem with the arguments (null options).</summary>
    public static (LoadToolOptions? Options, string? Problem) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new LoadToolOptions { CommandLine = string.Join(' ', args) };
        try
        {
            for (var i = 0; i < args.Count; i++)
            {
                var arg = args[i];
                if (arg is "-h" or "--help")
                {
                    return (null, null);
                }

                if (!arg.StartsWith("--", StringComparison.Ordinal))
                {
                    return (null, $"unexpected argument '{arg}'");
                }

                string name;
                string value;
                var equals = arg.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    name = arg[2..equals];
                    value = arg[(equals + 1)..];
                }
                else
                {
                    name = arg[2..];
                    if (i + 1 >= args.Count)
                    {
                        return (null, $"--{name} needs a value");
                    }

                    value = args[++i];
                }

                options = name switch
                {
                    "target" => options with { Targets = ParseTargets(value) },
                    "storage" => options with { Storages = ParseList(value, ParseStorage) },
                    "transport" => options with { Transports = ParseList(value, ParseTransport) },
                    "concurrency" => options with { Concurrency = ParseList(value, v => Positive(v, "concurrency")) },
                    "duration" => options with { Duration = Seconds(value, "duration") },
                    "conversations" => options with { Conversations = Positive(value, "conversations") },
                    "warmup" => options with { Warmup = Seconds(value, "warmup", allowZero: true) },
                    "rounds" => options with { Rounds = Positive(value, "rounds") },
                    "idle" => options with { IdleConversations = NonNegative(value, "idle") },
                    "bot-dll" => options with { BotDll = value },
                    "reference-dir" => options with { ReferenceDir = value },
                    "out" => options with { OutputDir = value },
                    "timeout" => options with { RequestTimeout = Seconds(value, "timeout") },
                    _ => throw new FormatException($"unknown option --{name}"),
                };
            }
        }
        catch (FormatException ex)
        {
            return (null, ex.Message);
        }

        return (options, null);
    }

    private static List<TargetKind> ParseTargets(string value) => value.ToLowerInvariant() switch
    {
        "both" => [TargetKind.HeelBot, TargetKind.Reference],
        _ => ParseList(value, v => v.ToLowerInvariant() switch
        {
            "heelbot" => TargetKind.HeelBot,
            "reference" => TargetKind.Reference,
            _ => throw new FormatException($"--target: '{v}' is not heelbot, reference or both"),
        }),
    };

    private static StorageKind ParseStorage(string value) => value.ToLowerInvariant() switch
    {
        "sqlite" => StorageKind.Sqlite,
        "postgres" or "postgresql" => StorageKind.Postgres,
        "memory" => StorageKind.Memory,
        _ => throw new FormatException($"--storage: '{value}' is not sqlite, postgres or memory"),
    };

    private static TransportKind ParseTransport(string value) => value.ToLowerInvariant() switch
    {
        "messages" => TransportKind.Messages,
        "directline" => TransportKind.DirectLine,
        _ => throw new FormatException($"--transport: '{value}' is not messages or directline"),
    };

    private static List<T> ParseList<T>(string value, Func<string, T> parse)
    {
        var items = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(parse).Distinct().ToList();
        return items.Count > 0 ? items : throw new FormatException($"'{value}' names nothing");
    }

    private static int Positive(string value, string name) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new FormatException($"--{name}: '{value}' is not a positive whole number");

    private static int NonNegative(string value, string name) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new FormatException($"--{name}: '{value}' is not a whole number of 0 or more");

    private static TimeSpan Seconds(string value, string name, bool allowZero = false) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && (s > 0 || (allowZero && s == 0)) && s <= 86_400
            ? TimeSpan.FromSeconds(s)
            : throw new FormatException($"--{name}: '{value}' is not a number of seconds");
}
