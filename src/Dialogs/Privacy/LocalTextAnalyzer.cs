using HeelBot.Recognizers.Language;

namespace HeelBot.Dialogs.Privacy;

/// <summary>
/// The default analyzer: runs in-process with no service behind it. Language comes from the recognisers'
/// <see cref="LanguageDetector"/>; redaction finds e-mail addresses, CPR numbers, phone numbers and the names people
/// give ("jeg hedder Mette", "my name is John Smith") by rule. Health words, durations, ages, years, postcodes and
/// times are left alone, because the transcript is kept for clinicians to review the guide.
/// </summary>
public sealed class LocalTextAnalyzer : ITextAnalyzer
{
    public Task<string?> DetectLanguageAsync(string text, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(LanguageDetector.Detect(text)?.Language);
    }

    public Task<RedactedText> RedactAsync(string text, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(PiiRedactor.Apply(text, Find(text), language));
    }

    /// <summary>Everything the rules find in <paramref name="text"/>, overlaps not yet settled (see <see cref="PiiRedactor.Resolve"/>).</summary>
    public static IReadOnlyList<PiiMatch> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. PiiEmailFinder.Find(text), .. PiiCprFinder.Find(text), .. PiiPhoneFinder.Find(text), .. PiiNameFinder.Find(text)];
    }
}
