namespace HeelBot.Bot.TextAnalytics.Wire;

/// <summary>One piece of personal data: its text, category ("Person", "PhoneNumber", ...) and place in the document.</summary>
internal sealed record PiiEntity(string? Text, string? Category, string? Subcategory, int Offset, int Length, double ConfidenceScore);
