using System.Globalization;
using System.Text.RegularExpressions;

namespace HeelBot.Dialogs.Privacy;

/// <summary>
/// Danish CPR numbers, ddmmyy-xxxx or ddmmyyxxxx (a space is accepted too), but only when the first six digits are a
/// date that exists in the century the seventh digit gives. The modulus-11 check is not used: CPR numbers issued
/// since 2007 need not pass it.
/// </summary>
internal static partial class PiiCprFinder
{
    public static IEnumerable<PiiMatch> Find(string text) =>
        Cpr().Matches(text)
            .Where(m => IsPlausible(m.Groups["date"].Value, m.Groups["serial"].Value))
            .Select(m => new PiiMatch(PiiCategory.CprNumber, m.Index, m.Length));

    /// <summary>The birth date is real: the seventh digit with the two-digit year gives the century (CPR office rules).</summary>
    internal static bool IsPlausible(string date, string serial)
    {
        var day = int.Parse(date.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var month = int.Parse(date.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var year = int.Parse(date.AsSpan(4, 2), CultureInfo.InvariantCulture);
        var century = (serial[0] - '0') switch
        {
            <= 3 => 1900,
            4 or 9 => year <= 36 ? 2000 : 1900,
            _ => year <= 57 ? 2000 : 1800,
        };
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(century + year, month);
    }

    [GeneratedRegex(@"(?<![\p{N}+/]|\p{N}[.,\-])(?<date>\d{6})[ \-–]?(?<serial>\d{4})(?!\p{N}|[.,\-]\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Cpr();
}
