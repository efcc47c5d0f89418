namespace HeelBot.Bot.TextAnalytics.Wire;

/// <summary>The documents of one request (PII: at most 5; language detection: at most 1000).</summary>
internal sealed record AnalysisInput<TDocument>(IReadOnlyList<TDocument> Documents);
