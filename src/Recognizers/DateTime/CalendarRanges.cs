using System.Globalization;
using HeelBot.Recognizers.Duration;

namespace HeelBot.Recognizers.DateTimes;

/// <summary>
/// The date ranges behind weeks, week numbers, months and holidays, always the next one that has not ended.
/// Weeks run Monday to Sunday (ISO 8601, as Danish calendars print them).
/// </summary>
internal static class CalendarRanges
{
    public const int Christmas = 1;
    public const int ChristmasEve = 2;
    public const int NewYear = 3;
    public const int NewYearsEve = 4;
    public const int Easter = 5;

    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>
    /// A week <paramref name="weeksAhead"/> from this one, or a section of it. For this week the range starts
    /// today, and a section already over ("sidst på ugen" said on a Saturday) moves to next week.
    /// </summary>
    public static (DateOnly First, DateOnly Last) Week(DateOnly today, int weeksAhead, PeriodSection section)
    {
        var monday = MondayOf(today).AddDays(7 * weeksAhead);
        if (section == PeriodSection.Rest)
        {
            var sunday = monday.AddDays(6);
            var tomorrow = today.AddDays(1);
            return tomorrow <= sunday ? (Max(tomorrow, monday), sunday) : (sunday.AddDays(1), sunday.AddDays(7));
        }

        var (from, to) = section switch
        {
            PeriodSection.Start => (0, 1),
            PeriodSection.Middle => (1, 3),
            PeriodSection.End => (3, 4),
            PeriodSection.Weekend => (5, 6),
            _ => (0, 6),
        };
        var first = monday.AddDays(from);
        var last = monday.AddDays(to);
        if (last < today)
        {
            first = first.AddDays(7);
            last = last.AddDays(7);
        }

        return (Max(first, today), last);
    }

    /// <summary>ISO week <paramref name="week"/> of this year, or of next year when it is over; null when no such week.</summary>
    public static (DateOnly First, DateOnly Last)? IsoWeek(DateOnly today, int week)
    {
        var now = today.ToDateTime(TimeOnly.MinValue);
        var year = ISOWeek.GetYear(now);
        if (week < ISOWeek.GetWeekOfYear(now))
        {
            year++;
        }

        if (week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            return null;
        }

        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return (Max(monday, today), monday.AddDays(6));
    }

    /// <summary>A month by number, this year's when it has not ended, or a section of it.</summary>
    public static (DateOnly First, DateOnly Last) Month(DateOnly today, int month, PeriodSection section)
    {
        var year = month < today.Month ? today.Year + 1 : today.Year;
        var (first, last) = Section(new DateOnly(year, month, 1), section, today);
        if (last < today)
        {
            (first, last) = Section(new DateOnly(year + 1, month, 1), section, today);
        }

        return (Max(first, today), last);
    }

    /// <summary>The month <paramref name="monthsAhead"/> from this one, or a section of it.</summary>
    public static (DateOnly First, DateOnly Last) RelativeMonth(DateOnly today, int monthsAhead, PeriodSection section)
    {
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(monthsAhead);
        var (first, last) = Section(start, section, today);
        if (last < today)
        {
            (first, last) = Section(start.AddMonths(1), section, today);
        }

        return (Max(first, today), last);
    }

    /// <summary>The next holiday period that has not ended: Christmas is 24–26 December, Easter Maundy Thursday to Easter Monday.</summary>
    public static (DateOnly First, DateOnly Last) Holiday(DateOnly today, int holiday)
    {
        for (var year = today.Year - 1; ; year++)
        {
            var (first, last) = holiday switch
            {
                Christmas => (new DateOnly(year, 12, 24), new DateOnly(year, 12, 26)),
                ChristmasEve => (new DateOnly(year, 12, 24), new DateOnly(year, 12, 24)),
                NewYear => (new DateOnly(year, 12, 31), new DateOnly(year + 1, 1, 1)),
                NewYearsEve => (new DateOnly(year, 12, 31), new DateOnly(year, 12, 31)),
                _ => (CalendarMath.EasterSunday(year).AddDays(-3), CalendarMath.EasterSunday(year).AddDays(1)),
            };
            if (last >= today)
            {
                return (first, last);
            }
        }
    }

    private static (DateOnly First, DateOnly Last) Section(DateOnly firstOfMonth, PeriodSection section, DateOnly today)
    {
        var end = firstOfMonth.AddMonths(1).AddDays(-1);
        return section switch
        {
            PeriodSection.Start => (firstOfMonth, firstOfMonth.AddDays(9)),
            PeriodSection.Middle => (firstOfMonth.AddDays(10), firstOfMonth.AddDays(19)),
            PeriodSection.End => (firstOfMonth.AddDays(20), end),
            PeriodSection.Rest => (Max(firstOfMonth, today.AddDays(1)), end),
            _ => (firstOfMonth, end),
        };
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
