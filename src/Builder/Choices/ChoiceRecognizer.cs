namespace HeelBot.Builder.Choices;

/// <summary>Finds which of <paramref name="choices"/> the text picks, if any.</summary>
public delegate FoundChoice? ChoiceRecognizer(string text, IList<Choice> choices, string? locale);
