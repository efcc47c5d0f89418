namespace HeelBot.Bot.TextAnalytics.Wire;

/// <summary>
/// PII task parameters. <c>stringIndexType</c> is UTF-16 code units so offsets index .NET strings directly (the
/// service's default counts text elements); <c>loggingOptOut</c> keeps the text out of the service's own logs.
/// </summary>
internal sealed record PiiTaskParameters(string ModelVersion, string Domain, IReadOnlyList<string> PiiCategories, string StringIndexType, bool LoggingOptOut);
