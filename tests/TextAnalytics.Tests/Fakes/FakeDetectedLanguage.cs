namespace HeelBot.TextAnalytics.Tests.Fakes;

/// <summary>What the fake's language detection answers: the documented detectedLanguage object.</summary>
public sealed record FakeDetectedLanguage(string Name, string Iso6391Name, double ConfidenceScore);
