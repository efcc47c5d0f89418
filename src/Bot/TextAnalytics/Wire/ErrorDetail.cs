namespace HeelBot.Bot.TextAnalytics.Wire;

/// <summary>The service's error object: a code, a message and possibly a more specific inner error.</summary>
internal sealed record ErrorDetail(string? Code, string? Message, ErrorDetail? Innererror);
