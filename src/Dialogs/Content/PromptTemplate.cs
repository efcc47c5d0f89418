using System.Text.RegularExpressions;

namespace HeelBot.Dialogs.Content;

/// <summary>
/// Fills <c>{name}</c> placeholders in prompt texts. Names are letters, digits, '_', '.' and '-',
/// starting with a letter, so ordinary braces in prose are unlikely to be taken for placeholders.
/// </summary>
public static partial class PromptTemplate
{
    /// <summary>The distinct placeholder names in a template, in order of first use.</summary>
    public static IReadOnlyList<string> Placeholders(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return PlaceholderPattern().Matches(template)
            .Select(match => match.Groups["name"].Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Replaces every placeholder with its value. A placeholder without a value throws: a message
    /// showing "{clinic}" to a person in pain is worse than a failing turn that gets logged.
    /// </summary>
    /// <param name="template">The prompt text.</param>
    /// <param name="args">Values by placeholder name; names are case-sensitive.</param>
    /// <param name="key">The prompt key, for the error message only.</param>
    /// <param name="language">The language, for the error message only.</param>
    public static string Fill(string template, IReadOnlyDictionary<string, string>? args, string key, string language)
    {
        ArgumentNullException.ThrowIfNull(template);
        return PlaceholderPattern().Replace(template, match =>
        {
            var name = match.Groups["name"].Value;
            if (args is not null && args.TryGetValue(name, out var value))
            {
                return value;
            }

            throw new ArgumentException(
                $"Prompt '{key}' ({language}) needs a value for placeholder {{{name}}}, but none was given.",
                nameof(args));
        });
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z][A-Za-z0-9_.\-]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();
}
