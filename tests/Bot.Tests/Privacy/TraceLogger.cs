using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace HeelBot.Bot.Tests.Privacy;

/// <summary>One category's logger for <see cref="TraceLogs"/>: scopes are recorded as lines of their own.</summary>
public sealed class TraceLogger(string category, ConcurrentQueue<LogLine> lines) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
    {
        lines.Enqueue(new LogLine(category, LogLevel.None, "scope: " + Describe(state, state.ToString())));
        return null;
    }

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        var text = new StringBuilder(Describe(state, formatter(state, exception)));
        if (exception is not null)
        {
            text.Append('\n').Append(exception);
        }

        lines.Enqueue(new LogLine(category, logLevel, text.ToString()));
    }

    /// <summary>The rendered text plus every structured value, as a sink that stores properties would keep them.</summary>
    private static string Describe<TState>(TState state, string? rendered)
    {
        var text = new StringBuilder(rendered);
        if (state is IEnumerable<KeyValuePair<string, object?>> values)
        {
            foreach (var (name, value) in values)
            {
                text.Append(" | ").Append(name).Append('=').Append(value);
            }
        }

        return text.ToString();
    }
}
