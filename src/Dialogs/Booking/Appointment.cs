namespace HeelBot.Dialogs.Booking;

/// <summary>A booking as its owner sees it. (Named Appointment so it does not clash with the Booking namespaces.)</summary>
/// <param name="Reference">Short and SMS-friendly, e.g. <c>HB-7KX3QD</c> (see <see cref="BookingReference"/>).</param>
/// <param name="Status">Confirmed or cancelled.</param>
/// <param name="Slot">Clinic, practitioner and time.</param>
/// <param name="BookedAt">When it was booked.</param>
public sealed record Appointment(string Reference, AppointmentStatus Status, BookingSlot Slot, DateTimeOffset BookedAt);
