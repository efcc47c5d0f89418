namespace HeelBot.Recognizers.Language;

/// <summary>A language guess: "da" or "en", with a confidence from 0.5 (a coin toss) to 1.</summary>
public sealed record DetectedLanguage(string Language, double Confidence);
