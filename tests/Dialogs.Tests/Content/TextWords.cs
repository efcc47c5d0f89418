using System.Text.RegularExpressions;

namespace HeelBot.Dialogs.Tests.Content;

/// <summary>Word helpers for the content checks: counting and comparing prose, ignoring markdown.</summary>
internal static partial class TextWords
{
    /// <summary>Words as a reader counts them: whitespace-separated, with at least one letter or digit ("7–10" is one).</summary>
    public static int Count(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(token => token.Any(char.IsLetterOrDigit));

    /// <summary>Lower-case runs of letters and digits; punctuation and markdown are dropped.</summary>
    public static IReadOnlyList<string> Tokens(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(match => match.Value).ToList();

    /// <summary>Every run of <paramref name="length"/> consecutive tokens, joined by single spaces.</summary>
    public static IEnumerable<string> Runs(IReadOnlyList<string> tokens, int length)
    {
        for (var start = 0; start + length <= tokens.Count; start++)
        {
            yield return string.Join(' ', tokens.Skip(start).Take(length));
        }
    }

    /// <summary>The first word of a line once list markers, numbering and emphasis are removed.</summary>
    public static string? FirstWord(string line) => Tokens(LeadingMarkup().Replace(line, string.Empty)).FirstOrDefault();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^\s*(?:[-*+]\s+|\d+\.\s+)?[*_]*")]
    private static partial Regex LeadingMarkup();
}
