namespace HeelBot.Recognizers.Contact;

/// <summary>Why an e-mail address was not accepted, so the bot can say what to fix.</summary>
public enum EmailProblem
{
    None,

    /// <summary>Nothing was written.</summary>
    Missing,

    /// <summary>No "@".</summary>
    MissingAt,

    /// <summary>More than one "@".</summary>
    SeveralAts,

    /// <summary>Spaces inside the address ("anna hansen@mail.dk").</summary>
    Spaces,

    /// <summary>Nothing before the "@", or characters an address cannot hold there.</summary>
    InvalidLocalPart,

    /// <summary>The part after "@" has no dot ("anna@gmail").</summary>
    MissingDomainDot,

    /// <summary>The part after "@" holds characters or empty parts a domain cannot ("mail..dk", "gmail,com").</summary>
    InvalidDomain,

    /// <summary>The ending is shorter than two letters or not letters ("anna@mail.d", "anna@mail.123").</summary>
    InvalidTopLevelDomain,

    /// <summary>Longer than an address can be (254 characters).</summary>
    TooLong,

    /// <summary>A well-formed address that is very likely mistyped ("gmail.con"); see <see cref="EmailResult.Suggestion"/>.</summary>
    LikelyTypo,
}
