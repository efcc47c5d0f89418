namespace HeelBot.Dialogs.Privacy;

/// <summary>The kinds of personal data a transcript must not keep.</summary>
public enum PiiCategory
{
    PhoneNumber,
    Email,
    CprNumber,
    PersonName,
}
