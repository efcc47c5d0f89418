namespace HeelBot.Bot.TextAnalytics.Wire;

/// <summary>Language detection task parameters.</summary>
internal sealed record LanguageDetectionTaskParameters(string ModelVersion, bool LoggingOptOut);
