namespace HeelBot.Bot.TextAnalytics.Wire;

/// <summary>The body of a failed request (4xx/5xx): <c>{"error": {...}}</c>.</summary>
internal sealed record ErrorResponse(ErrorDetail? Error);
