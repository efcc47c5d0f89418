namespace HeelBot.Bot.TextAnalytics.Wire;

/// <summary>One document's detected language.</summary>
internal sealed record LanguageDocumentResult(string Id, DetectedLanguageResult? DetectedLanguage);
