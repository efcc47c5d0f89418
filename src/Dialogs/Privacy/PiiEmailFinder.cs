using System.Text.RegularExpressions;

namespace HeelBot.Dialogs.Privacy;

/// <summary>
/// E-mail addresses, including Danish letters in the address and the "(at)"/"[at]" people write to dodge spam
/// harvesters.
/// </summary>
internal static partial class PiiEmailFinder
{
    public static IEnumerable<PiiMatch> Find(string text) =>
        Email().Matches(text).Select(m => new PiiMatch(PiiCategory.Email, m.Index, m.Length));

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_.%+\-])[\p{L}\p{N}_.%+\-]+(?:@|\s?[(\[]at[)\]]\s?)[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Email();
}
