namespace HeelBot.Dialogs.Booking;

/// <summary>One practitioner of a clinic entry in schedule.yml.</summary>
internal sealed class BookingSchedulePractitionerEntry
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>The weekdays they work (mon…sun); unset = every day the clinic is open.</summary>
    public List<string>? Days { get; set; }
}
