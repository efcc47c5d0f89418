using System.Text.RegularExpressions;

namespace HeelBot.Dialogs.Tests.Chat;

/// <summary>
/// One <c>store:</c> line: the transcript's status, the consent recorded with the conversation, and text the stored
/// transcript must or must not contain.
/// </summary>
public sealed record StoreExpectation(
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<string> Contains,
    IReadOnlyList<string> Forbidden,
    int Line)
{
    private static readonly string[] Known = ["transcript", "consent"];

    public static StoreExpectation Parse(string text, string scriptName, int line)
    {
        var forbidden = Regex.Matches(text, "!\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        var rest = Regex.Replace(text, "!\"[^\"]*\"", string.Empty);
        var contains = Regex.Matches(rest, "\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        rest = Regex.Replace(rest, "\"[^\"]*\"", string.Empty);
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !Known.Contains(part[..eq], StringComparer.OrdinalIgnoreCase))
            {
                throw new FormatException($"{scriptName}:{line}: store line part '{part}' is not transcript=… or consent=….");
            }

            attributes[part[..eq]] = part[(eq + 1)..];
        }

        if (attributes.Count == 0 && contains.Count == 0 && forbidden.Count == 0)
        {
            throw new FormatException($"{scriptName}:{line}: a store line checks nothing.");
        }

        return new StoreExpectation(attributes, contains, forbidden, line);
    }
}
