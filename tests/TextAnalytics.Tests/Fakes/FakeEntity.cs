namespace HeelBot.TextAnalytics.Tests.Fakes;

/// <summary>A piece of text the fake service "recognises" wherever it occurs, with the documented category name.</summary>
public sealed record FakeEntity(string Text, string Category);
