namespace HeelBot.Dialogs.Booking;

/// <summary>One entry of the <c>clinics</c> list in schedule.yml; unset fields come from <c>defaults</c>.</summary>
internal sealed class BookingScheduleClinicEntry
{
    public string? Id { get; set; }

    public string? Provider { get; set; }

    public string? LinkTemplate { get; set; }

    public int? SlotMinutes { get; set; }

    public int? WeeksAhead { get; set; }

    public int? NoticeHours { get; set; }

    /// <summary>Replaces the default hours as a whole (a weekday left out is closed).</summary>
    public Dictionary<string, List<string>>? Hours { get; set; }

    /// <summary>Added to the chain-wide closed dates.</summary>
    public List<string>? ClosedDates { get; set; }

    public List<BookingSchedulePractitionerEntry>? Practitioners { get; set; }
}
