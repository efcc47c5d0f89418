using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace HeelBot.Tests.Shared;

/// <summary>Keeps every log line a host writes, so tests can check what it said and when.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    /// <summary>The entries as text lines ("Level Category: Message").</summary>
    public IReadOnlyList<string> Lines => [.. _entries.Select(entry => entry.ToString())];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _entries);

    public void Dispose()
    {
    }
}
