namespace HeelBot.Dialogs.Booking;

/// <summary>A practitioner in the schedule, and the weekdays they work.</summary>
public sealed record BookingSchedulePractitioner(string Id, string Name, IReadOnlyList<DayOfWeek> Days)
{
    public bool WorksOn(DayOfWeek day) => Days.Contains(day);
}
