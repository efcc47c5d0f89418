namespace HeelBot.Recognizers.Duration;

/// <summary>Dates behind "since" expressions, always the most recent one on or before the reference date.</summary>
internal static class CalendarMath
{
    /// <summary>Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The occurrence of a yearly date that is on or before <paramref name="reference"/>.</summary>
    public static DateOnly MostRecent(DateOnly reference, Func<int, DateOnly> inYear)
    {
        var candidate = inYear(reference.Year);
        return candidate <= reference ? candidate : inYear(reference.Year - 1);
    }

    public static DateOnly Resolve(Anchor anchor, DateOnly reference, PartOf? part, bool previous)
    {
        switch (anchor.Kind)
        {
            case AnchorKind.DaysAgo:
                return reference.AddDays(-anchor.Value);
            case AnchorKind.Weekday:
                var back = ((int)reference.DayOfWeek - anchor.Value + 7) % 7;
                return reference.AddDays(-(back == 0 ? 7 : back));
            case AnchorKind.Month:
                var day = part switch { PartOf.Middle => 15, PartOf.End => 25, _ => 1 };
                return MostRecent(reference, y => new DateOnly(y, anchor.Value, day));
            case AnchorKind.Season:
                var offset = part switch { PartOf.Middle => 45, PartOf.End => 75, _ => 0 };
                var start = MostRecent(reference, y => new DateOnly(y, anchor.Value, 1));

                // "sidste sommer" said in July means last year's summer, not the one we are in.
                if (previous && reference < start.AddMonths(3))
                {
                    start = start.AddYears(-1);
                }

                var date = start.AddDays(offset);
                return date <= reference ? date : start;
            case AnchorKind.FixedDay:
                return MostRecent(reference, y => new DateOnly(y, anchor.Value / 100, anchor.Value % 100));
            case AnchorKind.Easter:
                return MostRecent(reference, y => EasterSunday(y).AddDays(anchor.Value));
            default:
                throw new ArgumentOutOfRangeException(nameof(anchor), anchor.Kind, "Anchors counted in units are not dates.");
        }
    }
}
