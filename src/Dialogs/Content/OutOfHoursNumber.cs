namespace HeelBot.Dialogs.Content;

/// <summary>
/// A region's out-of-hours doctor (lægevagt) number for a period.
/// </summary>
/// <param name="Number">Digits only, as dialled (for tel: links).</param>
/// <param name="Display">As written to a person, e.g. "70 11 07 07".</param>
/// <param name="Area">For a merged region, the id of the former region whose area this number serves; else null.</param>
/// <param name="ValidFrom">First day the number applies (inclusive).</param>
/// <param name="ValidUntil">Last day the number applies (inclusive), or null until further notice.</param>
/// <param name="Note">Why the entry looks the way it does, e.g. that it must be reviewed.</param>
public sealed record OutOfHoursNumber(
    string Number,
    string Display,
    string? Area,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    string? Note)
{
    public bool IsValidOn(DateOnly date) => date >= ValidFrom && (ValidUntil is null || date <= ValidUntil);
}
