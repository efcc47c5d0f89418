namespace HeelBot.Bot.TextAnalytics.Wire;

/// <summary>One document's PII: the service's redacted text (personal data masked with '*') and the entities found.</summary>
internal sealed record PiiDocumentResult(string Id, string? RedactedText, IReadOnlyList<PiiEntity>? Entities);
