namespace HeelBot.Dialogs.Content.Yaml;

/// <summary>content/triage/regions.yml as written; validated into an OutOfHoursDirectory.</summary>
internal sealed class RegionsDocument
{
    public string? Version { get; set; }

    public string? Source { get; set; }

    public EmergencyEntry? Emergency { get; set; }

    public List<RegionEntry>? Regions { get; set; }
}
