using HeelBot.Dialogs.Booking;

namespace HeelBot.Booking.Tests.Support;

/// <summary>
/// A small schedule for the tests, so each test knows exactly which slots exist. Week of Monday 2026-03-23: summer
/// time starts on Sunday 2026-03-29, and Wednesday 2026-03-25 is a closed date.
/// </summary>
public static class TestSchedules
{
    public const string Clinic = "testby";
    public const string OtherClinic = "andenby";
    public const string LinkOutClinic = "linkby";

    public const string Yaml =
        """
        version: test
        timeZone: Europe/Copenhagen
        defaults:
          slotMinutes: 30
          weeksAhead: 2
          noticeHours: 2
          hours:
            mon: ["08:00-12:00"]
            tue: ["08:00-12:00"]
            wed: ["08:00-12:00"]
            thu: ["08:00-12:00"]
            fri: ["08:00-12:00"]
        closedDates: [2026-03-25]
        clinics:
          - id: testby
            practitioners:
              - { id: anne, name: Anne }
              - { id: bo, name: Bo, days: [mon, wed] }
          - id: andenby
            hours:
              tue: ["13:00-15:00"]
            practitioners:
              - { id: carl, name: Carl }
          - id: linkby
            provider: linkout
            linkTemplate: "https://booking.example.dk/{clinic}?date={date}&time={time}"
        """;

    /// <summary>Monday 2026-03-23 06:00 UTC = 07:00 in Copenhagen (winter time), an hour before the clinics open.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 3, 23, 6, 0, 0, TimeSpan.Zero);

    public static readonly TimeSpan Winter = TimeSpan.FromHours(1);

    public static readonly TimeSpan Summer = TimeSpan.FromHours(2);

    private static readonly TimeZoneInfo Copenhagen = Load().TimeZone;

    public static BookingSchedule Load() => BookingSchedule.Parse(Yaml, "test-schedule.yml");

    /// <summary>A Danish local time in the test weeks, with the offset in force then.</summary>
    public static DateTimeOffset Local(int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(2026, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Copenhagen.GetUtcOffset(local));
    }
}
