using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace HeelBot.Bot.Tests.Privacy;

/// <summary>
/// Keeps every log line and scope a host writes, at every level. Unlike the shared capture it keeps the
/// exception text and the structured values too, because a structured sink would store those as well.
/// </summary>
public sealed class TraceLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    public IReadOnlyList<LogLine> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new TraceLogger(categoryName, _lines);

    public void Dispose()
    {
    }
}
