using System.Globalization;
using System.Text.RegularExpressions;

namespace HeelBot.Dialogs.Privacy;

/// <summary>
/// Phone numbers: Danish eight-digit numbers the way people write them (12345678, 12 34 56 78, 1234 5678, 123 45 678),
/// with or without +45/0045, and foreign numbers in international form (+44 20 7946 0958, 0049 30 123456) or the
/// British national form (07700 900123). Shorter numbers (ages, years, postcodes, 112, 1813, times such as 14.30) are
/// never phone numbers here, and a Danish number cannot start with 0 or 1, which keeps dates like 01-02-2024 out.
/// Letters may touch the number ("tlf.23456789", "mobil23456789"); digits, and parts of a date or decimal, may not.
/// </summary>
internal static partial class PiiPhoneFinder
{
    public static IEnumerable<PiiMatch> Find(string text)
    {
        foreach (Match match in Danish().Matches(text))
        {
            if (!IsRange(match.Groups["number"].Value))
            {
                yield return new PiiMatch(PiiCategory.PhoneNumber, match.Index, match.Length);
            }
        }

        foreach (Match match in International().Matches(text))
        {
            if (CountDigits(match.Value) - (match.Value.StartsWith("00", StringComparison.Ordinal) ? 2 : 0) is >= 8 and <= 15)
            {
                yield return new PiiMatch(PiiCategory.PhoneNumber, match.Index, match.Length);
            }
        }

        foreach (Match match in BritishNational().Matches(text))
        {
            if (CountDigits(match.Value) is 10 or 11)
            {
                yield return new PiiMatch(PiiCategory.PhoneNumber, match.Index, match.Length);
            }
        }
    }

    /// <summary>
    /// Two four-digit numbers that read as a range are not a phone number: years ("2019-2021") and round numbers
    /// ("5000-8000 skridt").
    /// </summary>
    private static bool IsRange(string number)
    {
        var digits = new string([.. number.Where(char.IsAsciiDigit)]);
        if (digits.Length != 8 || number.Length != 9)
        {
            return false;
        }

        var first = int.Parse(digits.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var second = int.Parse(digits.AsSpan(4, 4), CultureInfo.InvariantCulture);
        var years = first is >= 1900 and <= 2099 && second is >= 1900 and <= 2099 && second >= first;
        var round = first % 100 == 0 && second % 100 == 0;
        return years || round;
    }

    private static int CountDigits(string value) => value.Count(char.IsAsciiDigit);

    [GeneratedRegex(
        @"(?<![\p{N}+/]|\p{N}[.,\-])(?:\(?(?:\+|00)45\)?[ \-.]?|45(?=[2-9]\d{7}(?!\d))|45 (?=[2-9]\d(?: \d{2}){3}(?!\d)))?" +
        @"(?<number>[2-9]\d{7}|[2-9]\d(?<sep>[ \-.])\d{2}\k<sep>\d{2}\k<sep>\d{2}|[2-9]\d{3}[ \-]\d{4}|[2-9]\d{2}[ \-]\d{2}[ \-]\d{3})(?!\p{N}|[.,\-]\d)",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Danish();

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}+])(?:\+|00)(?!45)[1-9]\d{0,3}(?:[ \-.]?(?:\(\d{1,4}\)|\d{1,5})){2,7}(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex International();

    [GeneratedRegex(@"(?<![\p{L}\p{N}+\-.,/])0[1-9]\d{1,3}(?:[ \-]?\d{3,4}){2}(?![\p{L}\p{N}]|[.,]\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BritishNational();
}
