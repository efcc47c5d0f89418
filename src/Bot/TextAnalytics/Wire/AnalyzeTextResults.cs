namespace HeelBot.Bot.TextAnalytics.Wire;

/// <summary>The documents the service analysed, and the ones it could not (each with its own error).</summary>
internal sealed record AnalyzeTextResults<TDocument>(IReadOnlyList<TDocument>? Documents, IReadOnlyList<DocumentError>? Errors, string? ModelVersion);
