namespace HeelBot.Dialogs.Booking;

/// <summary>content/booking/schedule.yml as written; validated into a <see cref="BookingSchedule"/>.</summary>
internal sealed class BookingScheduleDocument
{
    public string? Version { get; set; }

    public string? TimeZone { get; set; }

    public BookingScheduleDefaultsEntry? Defaults { get; set; }

    public List<string>? ClosedDates { get; set; }

    public List<BookingScheduleClinicEntry>? Clinics { get; set; }
}
