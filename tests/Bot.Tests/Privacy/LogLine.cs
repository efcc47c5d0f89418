using Microsoft.Extensions.Logging;

namespace HeelBot.Bot.Tests.Privacy;

/// <summary>
/// Everything one log call could put in a log store: the rendered message, the structured values and the
/// exception as text (message, inner exceptions and stack), so a test can search all of it.
/// </summary>
public sealed record LogLine(string Category, LogLevel Level, string Text)
{
    public override string ToString() => $"{Level} {Category}: {Text}";
}
