namespace HeelBot.Dialogs.Booking;

/// <summary>A slot the schedule opens (free or not: the schedule does not know bookings). Times in local time.</summary>
/// <param name="PractitionerId">Null for a link-out clinic.</param>
public sealed record BookingScheduleSlot(string ClinicId, string? PractitionerId, DateTimeOffset Start, DateTimeOffset End)
{
    public string Id => BookingSlotId.Format(ClinicId, PractitionerId, Start);
}
