namespace HeelBot.Recognizers.Contact;

/// <summary>
/// A phone number read from text: <see cref="E164"/> ("+4520123456") when valid, otherwise the
/// <see cref="Problem"/> and how many digits were found, for a retry message such as "you gave 7 digits".
/// </summary>
public sealed record PhoneNumberResult(string? E164, PhoneNumberProblem Problem, int DigitCount)
{
    public bool IsValid => Problem == PhoneNumberProblem.None;

    public bool IsDanish => E164 is not null && E164.StartsWith(PhoneNumberRecognizer.DanishCountryCode, StringComparison.Ordinal);

    /// <summary>The number as Danes write it ("+45 20 12 34 56"); foreign numbers in E.164; null when invalid.</summary>
    public string? Display => E164 is null ? null
        : IsDanish ? $"+45 {E164[3..5]} {E164[5..7]} {E164[7..9]} {E164[9..11]}"
        : E164;
}
