namespace HeelBot.Bot.TextAnalytics.Wire;

/// <summary>A document for language detection, with the country that settles ambiguous text ("dk").</summary>
internal sealed record LanguageInput(string Id, string Text, string? CountryHint);
