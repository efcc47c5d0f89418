namespace HeelBot.Dialogs.Content.Yaml;

/// <summary>
/// Parses an advice markdown file: YAML front matter between two <c>---</c> lines, then the body.
/// Every required field is checked here so a broken file fails when the catalog loads.
/// </summary>
internal static class AdviceFile
{
    private const string Fence = "---";

    public static AdviceSection Parse(string text, string id, string language, string resourceName)
    {
        var (yaml, body) = Split(text, resourceName);
        var front = ContentYaml.Deserialize<AdviceFrontMatter>(yaml, resourceName);

        if (front.Id != id)
        {
            throw new InvalidDataException($"{resourceName}: front matter id '{front.Id}' does not match the file name '{id}'.");
        }

        var sources = (front.Sources ?? [])
            .Select(source => new ContentSource(
                Required(source.Seed, "sources[].seed", resourceName),
                string.IsNullOrWhiteSpace(source.Reference) ? null : source.Reference.Trim()))
            .ToList();
        if (sources.Count == 0)
        {
            throw new InvalidDataException($"{resourceName}: at least one source is required.");
        }

        return new AdviceSection(
            id,
            language,
            Required(front.Title, "title", resourceName),
            Required(front.Summary, "summary", resourceName),
            Required(body, "body", resourceName),
            sources.AsReadOnly(),
            ContentYaml.ParseDate(front.Reviewed, "reviewed", resourceName),
            Required(front.Reviewer, "reviewer", resourceName));
    }

    private static (string Yaml, string Body) Split(string text, string resourceName)
    {
        var lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != Fence)
        {
            throw new InvalidDataException($"{resourceName}: an advice file must start with a '---' front matter line.");
        }

        var close = Array.FindIndex(lines, 1, line => line.TrimEnd() == Fence);
        if (close < 0)
        {
            throw new InvalidDataException($"{resourceName}: the front matter has no closing '---' line.");
        }

        var yaml = string.Join('\n', lines[1..close]);
        var body = string.Join('\n', lines[(close + 1)..]).Trim();
        return (yaml, body);
    }

    private static string Required(string? value, string field, string resourceName) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new InvalidDataException($"{resourceName}: '{field}' is required.")
            : value.Trim();
}
