namespace HeelBot.Recognizers.Contact;

/// <summary>Why a reply was not taken as a name, so the bot can say what it needs.</summary>
public enum PersonNameProblem
{
    None,

    /// <summary>Nothing was written.</summary>
    Missing,

    /// <summary>A single letter ("M", "K.").</summary>
    TooShort,

    /// <summary>More than 80 characters.</summary>
    TooLong,

    /// <summary>Digits: a phone number, an age or a typo, but no name.</summary>
    ContainsDigits,

    /// <summary>An e-mail address was given instead.</summary>
    LooksLikeEmail,

    /// <summary>Characters no name holds ("#", "/", "_").</summary>
    InvalidCharacters,

    /// <summary>An answer that is no name: "ved ikke", "nej", "I don't want to say".</summary>
    NotAName,
}
