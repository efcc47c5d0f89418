namespace HeelBot.Recognizers.Contact;

/// <summary>Why a phone number was not accepted, so the bot can say what to fix.</summary>
public enum PhoneNumberProblem
{
    None,

    /// <summary>No digits at all.</summary>
    Missing,

    /// <summary>Letters among the digits ("2012 34ab").</summary>
    Letters,

    /// <summary>Characters that belong in no phone number ("20#12*34").</summary>
    InvalidCharacters,

    /// <summary>Fewer digits than a Danish number (8) or an international one (8 with the country code).</summary>
    TooFewDigits,

    /// <summary>More digits than a Danish number (8) or an E.164 number (15).</summary>
    TooManyDigits,

    /// <summary>Eight digits starting with 0 or 1: Danish subscriber numbers start with 2–9.</summary>
    NotADanishNumber,

    /// <summary>"+0…": a country code never starts with 0.</summary>
    InvalidCountryCode,
}
