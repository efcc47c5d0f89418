namespace HeelBot.Dialogs.Booking;

/// <summary>The booking the person confirmed.</summary>
/// <param name="ClinicId">The clinic id; must match the slot's.</param>
/// <param name="SlotId">A <see cref="BookingSlot.Id"/> from <see cref="IBookingProvider.FindSlotsAsync"/>.</param>
/// <param name="Person">Who books; only this key can see and cancel the booking later.</param>
/// <param name="Language"><c>da</c> or <c>en</c>: the language the clinic should use with the person.</param>
public sealed record BookingRequest(string ClinicId, string SlotId, PersonKey Person, string Language)
{
    /// <summary>Required for a built-in clinic; not used (and not stored) for a link-out clinic, whose page asks itself.</summary>
    public BookingContact? Contact { get; init; }

    /// <summary>
    /// Only when the person agreed that the clinic may see it; null otherwise. Sent with built-in bookings only:
    /// a link-out URL never carries health data.
    /// </summary>
    public TriageSummary? Triage { get; init; }

    public override string ToString() => $"BookingRequest {{ ClinicId = {ClinicId}, SlotId = {SlotId}, Language = {Language} }}";
}
