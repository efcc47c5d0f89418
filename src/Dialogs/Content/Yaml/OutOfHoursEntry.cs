namespace HeelBot.Dialogs.Content.Yaml;

/// <summary>One out-of-hours number of a region in regions.yml.</summary>
internal sealed class OutOfHoursEntry
{
    public string? Number { get; set; }

    public string? Display { get; set; }

    public string? Area { get; set; }

    public string? ValidFrom { get; set; }

    public string? ValidUntil { get; set; }

    public string? Note { get; set; }
}
