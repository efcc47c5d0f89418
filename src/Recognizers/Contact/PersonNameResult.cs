namespace HeelBot.Recognizers.Contact;

/// <summary>A person's name read from a reply, cased for display, or the reason it was not taken.</summary>
public sealed record PersonNameResult(string? Name, PersonNameProblem Problem)
{
    public bool IsValid => Problem == PersonNameProblem.None;

    /// <summary>Two or more names ("Mette Hansen"); a first name alone is valid but may call for the family name.</summary>
    public bool IsFullName => Name is not null && Name.Contains(' ', StringComparison.Ordinal);

    /// <summary>The first word of the name.</summary>
    public string? GivenName => Name?.Split(' ')[0];
}
