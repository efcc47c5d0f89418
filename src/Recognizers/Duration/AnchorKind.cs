namespace HeelBot.Recognizers.Duration;

/// <summary>What a "since …" expression points back to.</summary>
internal enum AnchorKind
{
    /// <summary>A number of days back ("i går" = 1).</summary>
    DaysAgo,

    /// <summary>A span back in a unit ("sidste måned" = 1 month).</summary>
    UnitsAgo,

    /// <summary>A month, by number (1–12).</summary>
    Month,

    /// <summary>A meteorological season, by its first month (3, 6, 9, 12).</summary>
    Season,

    /// <summary>A fixed day of the year, encoded month * 100 + day (Christmas Eve = 1224).</summary>
    FixedDay,

    /// <summary>Days after Easter Sunday (Easter = 0, Whitsun = 49).</summary>
    Easter,

    /// <summary>A day of the week.</summary>
    Weekday,
}
