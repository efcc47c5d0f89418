namespace HeelBot.Dialogs.Content.Yaml;

/// <summary>One entry of the <c>regions</c> list in regions.yml.</summary>
internal sealed class RegionEntry
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? NameEn { get; set; }

    public string? ValidFrom { get; set; }

    public string? ValidUntil { get; set; }

    public string? SucceededBy { get; set; }

    public List<string>? MergedFrom { get; set; }

    public string? Note { get; set; }

    public List<OutOfHoursEntry>? OutOfHours { get; set; }

    public List<string>? Postcodes { get; set; }

    public List<string>? Places { get; set; }
}
