namespace HeelBot.Builder.Choices;

public sealed record FoundChoice(string Value, int Index, double Score, string? Synonym = null);
