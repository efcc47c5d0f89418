namespace HeelBot.Bot.TextAnalytics.Wire;

/// <summary>The answer to an analyze-text request: its kind ("PiiEntityRecognitionResults", "LanguageDetectionResults") and results.</summary>
internal sealed record AnalyzeTextResponse<TDocument>(string? Kind, AnalyzeTextResults<TDocument>? Results);
