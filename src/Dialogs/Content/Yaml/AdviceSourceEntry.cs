namespace HeelBot.Dialogs.Content.Yaml;

/// <summary>One entry of an advice file's <c>sources</c> list.</summary>
internal sealed class AdviceSourceEntry
{
    public string? Seed { get; set; }

    public string? Reference { get; set; }
}
