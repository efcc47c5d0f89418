namespace HeelBot.Bot.TextAnalytics.Wire;

/// <summary>A document for PII recognition: its id, its text (at most 5,120 text elements) and its language.</summary>
internal sealed record MultiLanguageInput(string Id, string Text, string Language);
