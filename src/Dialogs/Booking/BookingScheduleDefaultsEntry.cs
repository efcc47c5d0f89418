namespace HeelBot.Dialogs.Booking;

/// <summary>The <c>defaults</c> block of schedule.yml: what a clinic entry does not say itself.</summary>
internal sealed class BookingScheduleDefaultsEntry
{
    public string? Provider { get; set; }

    public int? SlotMinutes { get; set; }

    public int? WeeksAhead { get; set; }

    public int? NoticeHours { get; set; }

    public Dictionary<string, List<string>>? Hours { get; set; }
}
