using Microsoft.Extensions.Logging;

namespace HeelBot.Tests.Shared;

/// <summary>One log line a host wrote: its category, level and rendered message.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, string Message)
{
    /// <summary>The line as "Level Category: Message", for tests that search the log as text.</summary>
    public override string ToString() => $"{Level} {Category}: {Message}";
}
