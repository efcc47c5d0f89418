using System.Globalization;

namespace HeelBot.Recognizers.DateTimes;

/// <summary>
/// Reads a calendar date: "7/12", "7.12", "7/12-2026", "07.12.2026", "2026-12-07", "7. december", "den 7.",
/// "Dec 7th", "7th of December", "the 7th", "den første december". Numbers are always day then month, in English
/// too: the bot serves Danish clinics and Danes write 12/7 for the 12th of July. A date without a year is the next
/// one on or after today ("3. januar" said in November is next January).
/// </summary>
internal static class DateReader
{
    public static DateHit? Read(ParseContext c, int i)
    {
        var p = i;
        var prefixed = false;
        if (c.IsWord(p) && c.Vocabulary.DayPrefixes.Contains(c.Tokens[p]))
        {
            prefixed = true;
            p++;
            if (c.IsText(p, "."))
            {
                p++;
            }
        }

        if (c.IsNumber(p))
        {
            return Numeric(c, p, prefixed);
        }

        if (!c.IsWord(p))
        {
            return null;
        }

        // "den første december", "the first of December": an ordinal word needs its month.
        if (prefixed && c.Numbers.Ordinals.TryGet(c.Tokens[p].Form, out var ordinal) && !c.Numbers.Cardinals.Contains(c.Tokens[p].Form))
        {
            var q = c.IsWord(p + 1) && c.Vocabulary.OfWords.Contains(c.Tokens[p + 1]) ? p + 2 : p + 1;
            return c.IsWord(q) && c.Vocabulary.Month(c.Tokens[q]) is { } month ? Resolve(c, ordinal, month, q) : null;
        }

        return prefixed ? null : MonthThenDay(c, p);
    }

    private static DateHit? Numeric(ParseContext c, int p, bool prefixed)
    {
        var text = c.Tokens[p].Text;
        var separator = text.IndexOfAny(['.', ',']);
        if (separator > 0)
        {
            // "7.12" is one number token to the tokenizer.
            if (!int.TryParse(text[..separator], out var d) || !int.TryParse(text[(separator + 1)..], out var m)
                || separator > 2 || text.Length - separator - 1 > 2 || m is < 1 or > 12 || d is < 1 or > 31)
            {
                return null;
            }

            var last = p;
            int? year = null;
            if (c.IsText(p + 1, ".") && c.IsGlued(p + 1) && c.IsGlued(p + 2) && Year(c, p + 2, allowShort: true) is { } y)
            {
                year = y;
                last = p + 2;
            }

            return Resolve(c, d, m, last, year);
        }

        if (c.Integer(p, 4) is not { } n)
        {
            return null;
        }

        // ISO: 2026-12-07.
        if (text.Length == 4 && c.IsText(p + 1, "-") && c.IsGlued(p + 1) && c.IsGlued(p + 2) && c.Integer(p + 2) is { } isoMonth
            && c.IsText(p + 3, "-") && c.IsGlued(p + 3) && c.IsGlued(p + 4) && c.Integer(p + 4) is { } isoDay)
        {
            return Resolve(c, isoDay, isoMonth, p + 4, n);
        }

        if (text.Length > 2 || n is < 1 or > 31)
        {
            return null;
        }

        // 7/12, 7/12-2026, 7/12/26; and 7-12-2026, which needs its year (7-12 alone may be hours).
        foreach (var slash in new[] { "/", "-" })
        {
            if (c.IsText(p + 1, slash) && c.IsGlued(p + 1) && c.IsGlued(p + 2) && c.Integer(p + 2) is { } month and >= 1 and <= 12)
            {
                var year = c.IsText(p + 3, "/") || c.IsText(p + 3, "-") || c.IsText(p + 3, ".") ? Year(c, p + 4, allowShort: true) : null;
                if (year is not null && c.IsGlued(p + 3) && c.IsGlued(p + 4))
                {
                    return Resolve(c, n, month, p + 4, year);
                }

                if (slash == "/")
                {
                    return Resolve(c, n, month, p + 2);
                }
            }
        }

        // "7. december", "7 dec", "7th of December".
        var q = p + 1;
        var ordinalMark = false;
        if (c.IsText(q, ".") && c.IsGlued(q))
        {
            q++;
            ordinalMark = true;
        }
        else if (c.IsWord(q) && c.IsGlued(q) && c.Numbers.OrdinalSuffixes.Contains(c.Tokens[q]))
        {
            q++;
            ordinalMark = true;
        }

        var monthAt = c.IsWord(q) && c.Vocabulary.OfWords.Contains(c.Tokens[q]) ? q + 1 : q;
        if (c.IsWord(monthAt) && c.Vocabulary.Month(c.Tokens[monthAt]) is { } named)
        {
            var year = Year(c, monthAt + 1);
            return Resolve(c, n, named, year is null ? monthAt : monthAt + 1, year);
        }

        // "den 7.", "d. 7", "the 7th", "7th": a day of the month.
        if (prefixed || (ordinalMark && c.Tokens[q - 1].IsWord))
        {
            return DayOfMonth(c, n, ordinalMark ? q - 1 : p);
        }

        return null;
    }

    /// <summary>"december 7", "Dec 7th", "Dec. 7, 2026", "December the 7th".</summary>
    private static DateHit? MonthThenDay(ParseContext c, int p)
    {
        if (c.Vocabulary.Month(c.Tokens[p]) is not { } month)
        {
            return null;
        }

        var q = c.IsText(p + 1, ".") ? p + 2 : p + 1;
        if (c.IsWord(q) && c.Vocabulary.DayPrefixes.Contains(c.Tokens[q]))
        {
            q++;
        }

        // A number followed by ":" is a time ("december 10:30" is no date).
        if (c.Integer(q) is not { } day || day is < 1 or > 31 || c.IsText(q + 1, ":") || c.Tokens[q].Text.Contains('.'))
        {
            return null;
        }

        var last = q;
        if (c.IsWord(q + 1) && c.IsGlued(q + 1) && c.Numbers.OrdinalSuffixes.Contains(c.Tokens[q + 1]))
        {
            last = q + 1;
        }

        var yearAt = c.IsText(last + 1, ",") ? last + 2 : last + 1;
        var year = Year(c, yearAt);
        return Resolve(c, day, month, year is null ? last : yearAt, year);
    }

    /// <summary>A year: four digits, or two after a date separator ("7/12-26"); never two digits after a space, which are hours.</summary>
    private static int? Year(ParseContext c, int index, bool allowShort = false)
    {
        if (!c.IsNumber(index) || !c.Tokens[index].Text.All(char.IsAsciiDigit))
        {
            return null;
        }

        var text = c.Tokens[index].Text;
        var value = int.Parse(text, CultureInfo.InvariantCulture);
        return text.Length switch
        {
            4 when value is >= 2000 and <= 2099 => value,
            2 when allowShort => 2000 + value,
            _ => null,
        };
    }

    private static DateHit? Resolve(ParseContext c, int day, int month, int last, int? year = null)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return null;
        }

        if (year is { } fixedYear)
        {
            return day <= DateTime.DaysInMonth(fixedYear, month) ? new DateHit(new DateOnly(fixedYear, month, day), last) : null;
        }

        // The next such day on or after today; 29 February waits for a leap year.
        for (var y = c.Today.Year; y <= c.Today.Year + 8; y++)
        {
            if (day <= DateTime.DaysInMonth(y, month) && new DateOnly(y, month, day) is var date && date >= c.Today)
            {
                return new DateHit(date, last);
            }
        }

        return null;
    }

    private static DateHit? DayOfMonth(ParseContext c, int day, int last)
    {
        var month = new DateOnly(c.Today.Year, c.Today.Month, 1);
        for (var k = 0; k < 13; k++, month = month.AddMonths(1))
        {
            if (day <= DateTime.DaysInMonth(month.Year, month.Month) && new DateOnly(month.Year, month.Month, day) is var date && date >= c.Today)
            {
                return new DateHit(date, last);
            }
        }

        return null;
    }
}
