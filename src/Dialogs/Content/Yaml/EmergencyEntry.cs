namespace HeelBot.Dialogs.Content.Yaml;

/// <summary>The <c>emergency</c> block of regions.yml.</summary>
internal sealed class EmergencyEntry
{
    public string? Number { get; set; }

    public string? Note { get; set; }
}
