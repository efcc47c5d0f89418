using HeelBot.Dialogs.Understanding;

namespace HeelBot.Dialogs.Tests.Understanding;

/// <summary>One extractor over the embedded lexicons for all tests, and the fixed "today" every duration counts from.</summary>
internal static class Extractor
{
    private static readonly Lazy<FactExtractor> Shared = new(FactExtractor.LoadEmbedded);

    /// <summary>A Monday in March: "siden jul" is 76 days back.</summary>
    public static readonly DateOnly Today = new(2025, 3, 10);

    /// <summary>
    /// The corpus tests' "today", a Sunday in late November: "siden sommer" is 174 days back, "i søndags" a week,
    /// "since Christmas" 332 days.
    /// </summary>
    public static readonly DateOnly CorpusToday = new(2026, 11, 22);

    public static FactExtractor Instance => Shared.Value;

    public static ExtractedFacts Read(string text, string language) => Instance.Extract(text, language, Today);
}
