namespace HeelBot.Recognizers.Choices;

/// <summary>A choice found in an answer: which one, how sure (0–1) and the synonym that matched.</summary>
public sealed record FoundChoice(string Value, int Index, double Score, string Synonym);
