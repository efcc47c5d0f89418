namespace HeelBot.Recognizers.DateTimes;

/// <summary>Danish local time (Europe/Copenhagen), with the EU summer-time rule as a fallback.</summary>
internal static class CopenhagenZone
{
    public const string Id = "Europe/Copenhagen";

    public static TimeZoneInfo Load()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(Id);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Slim container images ship without tzdata. The EU rule (since 1996) is enough for booking:
            // CET+1, summer time from the last Sunday of March 02:00 to the last Sunday of October 03:00.
            var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                new DateTime(1996, 1, 1, 0, 0, 0, DateTimeKind.Unspecified),
                DateTime.MaxValue.Date,
                TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0, DateTimeKind.Unspecified), 3, 5, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0, DateTimeKind.Unspecified), 10, 5, DayOfWeek.Sunday));
            return TimeZoneInfo.CreateCustomTimeZone(Id, TimeSpan.FromHours(1), "Danish time", "CET", "CEST", [rule]);
        }
    }
}
