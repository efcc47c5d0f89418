using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace HeelBot.Tests.Shared;

/// <summary>One category's logger for <see cref="CapturedLogs"/>.</summary>
public sealed class CapturingLogger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        entries.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception)));
    }
}
