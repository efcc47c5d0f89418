namespace HeelBot.Dialogs.Privacy;

/// <summary>
/// Language detection and redaction of personal data in what people write. The local analyzer is the default;
/// Azure AI Language does the same operations when <c>TextAnalytics:Provider</c> is <c>AzureLanguage</c>.
/// </summary>
public interface ITextAnalyzer
{
    /// <summary>The language of <paramref name="text"/>: <c>da</c> or <c>en</c>, or null when it cannot tell.</summary>
    Task<string?> DetectLanguageAsync(string text, CancellationToken cancellationToken = default);

    /// <summary>
    /// <paramref name="text"/> with phone numbers, e-mail addresses, CPR numbers and names replaced by their
    /// category in brackets (e.g. <c>[telefon]</c>/<c>[phone]</c>), plus what was found.
    /// </summary>
    Task<RedactedText> RedactAsync(string text, string language, CancellationToken cancellationToken = default);
}
