namespace HeelBot.Dialogs.Content;

/// <summary>
/// A Danish region as an out-of-hours area: its numbers over time, and the postcodes and places it
/// covers. Regions that merge keep their places; the merged region points back with <see cref="MergedFrom"/>.
/// </summary>
public sealed record Region(
    string Id,
    string Name,
    string NameEn,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    string? SucceededBy,
    IReadOnlyList<string> MergedFrom,
    string? Note,
    IReadOnlyList<OutOfHoursNumber> OutOfHours,
    IReadOnlyList<PostcodeRange> Postcodes,
    IReadOnlyList<string> Places)
{
    public bool IsActiveOn(DateOnly date) => date >= ValidFrom && (ValidUntil is null || date <= ValidUntil);

    /// <summary>The numbers that apply on the date (two for a merged region, one per former area).</summary>
    public IReadOnlyList<OutOfHoursNumber> NumbersOn(DateOnly date) =>
        OutOfHours.Where(number => number.IsValidOn(date)).ToList();

    /// <summary>The region's name in a content language ("da" or "en"); Danish for anything else.</summary>
    public string DisplayName(string language) =>
        ContentLanguage.NormalizeOrDefault(language) == ContentLanguage.English ? NameEn : Name;
}
