namespace HeelBot.Bot.TextAnalytics.Wire;

/// <summary>The body of POST language/:analyze-text: one task kind, its documents and its parameters.</summary>
internal sealed record AnalyzeTextRequest<TDocument, TParameters>(string Kind, AnalysisInput<TDocument> AnalysisInput, TParameters Parameters);
