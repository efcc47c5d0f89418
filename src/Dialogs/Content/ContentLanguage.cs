namespace HeelBot.Dialogs.Content;

/// <summary>
/// The languages the bot speaks. Content lives in <c>content/&lt;language&gt;/</c>, so these codes
/// double as folder names and as the <c>language</c> field of the heelbot.turn entity.
/// </summary>
public static class ContentLanguage
{
    public const string Danish = "da";
    public const string English = "en";

    /// <summary>Danish first: the clinics are Danish, English is the second language.</summary>
    public const string Default = Danish;

    public static IReadOnlyList<string> All { get; } = [Danish, English];

    public static bool IsSupported(string? language) => TryNormalize(language, out _);

    /// <summary>
    /// Maps a language tag ("da", "DA", "da-DK", "en_GB") to a supported code; false for anything else.
    /// </summary>
    public static bool TryNormalize(string? tag, out string language)
    {
        language = string.Empty;
        if (string.IsNullOrWhiteSpace(tag))
        {
            return false;
        }

        var trimmed = tag.Trim();
        var separator = trimmed.IndexOfAny(['-', '_']);
        var primary = (separator < 0 ? trimmed : trimmed[..separator]).ToLowerInvariant();
        foreach (var supported in All)
        {
            if (supported == primary)
            {
                language = supported;
                return true;
            }
        }

        return false;
    }

    /// <summary>A supported code for the tag, or <see cref="Default"/> when the tag is missing or unknown.</summary>
    public static string NormalizeOrDefault(string? tag) => TryNormalize(tag, out var language) ? language : Default;

    /// <summary>A supported code for the tag; throws when it is not one, so a typo never silently picks Danish.</summary>
    public static string Require(string? tag, string? paramName = null) =>
        TryNormalize(tag, out var language)
            ? language
            : throw new ArgumentException(
                $"Unsupported content language '{tag}'. Supported: {string.Join(", ", All)}.",
                paramName ?? nameof(tag));
}
