namespace HeelBot.Bot.TextAnalytics.Wire;

/// <summary>A document the service refused (too long, unsupported language, ...), by id.</summary>
internal sealed record DocumentError(string Id, ErrorDetail? Error);
