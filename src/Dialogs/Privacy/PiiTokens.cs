using HeelBot.Recognizers;

namespace HeelBot.Dialogs.Privacy;

/// <summary>
/// What stands in a redacted text where personal data was: the category in brackets, in the conversation's language,
/// so a clinician reading the transcript still sees that a phone number or a name was given.
/// </summary>
public static class PiiTokens
{
    /// <summary>The token for <paramref name="category"/>; any language other than English gets the Danish tokens.</summary>
    public static string For(PiiCategory category, string? language) =>
        (Culture.Normalize(language), category) switch
        {
            (Culture.English, PiiCategory.PhoneNumber) => "[phone]",
            (Culture.English, PiiCategory.Email) => "[email]",
            (Culture.English, PiiCategory.PersonName) => "[name]",
            (_, PiiCategory.PhoneNumber) => "[telefon]",
            (_, PiiCategory.Email) => "[e-mail]",
            (_, PiiCategory.PersonName) => "[navn]",
            (_, PiiCategory.CprNumber) => "[cpr]",
            _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown PII category."),
        };
}
