namespace HeelBot.Recognizers.Duration;

public static class DurationUnits
{
    /// <summary>Average lengths in weeks: a month is 365.25 / 12 days, a year 365.25 days.</summary>
    public static double InWeeks(this DurationUnit unit) => unit switch
    {
        DurationUnit.Hour => 1.0 / (24 * 7),
        DurationUnit.Day => 1.0 / 7,
        DurationUnit.Week => 1.0,
        DurationUnit.Month => 365.25 / 12 / 7,
        DurationUnit.Year => 365.25 / 7,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>The wire name used in resolutions: "hour", "day", "week", "month", "year".</summary>
    public static string WireName(this DurationUnit unit) => unit.ToString().ToLowerInvariant();
}
