namespace HeelBot.Dialogs.Content.Yaml;

/// <summary>The YAML front matter of an advice file, as written; validated into an AdviceSection.</summary>
internal sealed class AdviceFrontMatter
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public List<AdviceSourceEntry>? Sources { get; set; }

    /// <summary>Kept as text and parsed as yyyy-MM-dd, so a malformed date names the file it is in.</summary>
    public string? Reviewed { get; set; }

    public string? Reviewer { get; set; }
}
