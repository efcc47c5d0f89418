namespace HeelBot.Bot.TextAnalytics.Wire;

/// <summary>A detected language: "Danish"/"da", or "(Unknown)" with confidence 0 when the service cannot tell.</summary>
internal sealed record DetectedLanguageResult(string? Name, string? Iso6391Name, double ConfidenceScore);
