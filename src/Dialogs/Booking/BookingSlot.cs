namespace HeelBot.Dialogs.Booking;

/// <summary>A bookable time at a clinic.</summary>
/// <param name="Id">
/// Opaque and stable: keep it in the dialog's state and pass it back in <see cref="BookingRequest.SlotId"/>.
/// (It reads <c>clinic.practitioner.yyyyMMddTHHmmZ</c>, or <c>clinic.yyyyMMddTHHmmZ</c> for link-out slots.)
/// </param>
/// <param name="ClinicId">The clinic id from content/booking/schedule.yml.</param>
/// <param name="PractitionerId">Who the person sees; null for a link-out clinic (its own page decides).</param>
/// <param name="PractitionerName">The practitioner's name to show; null for a link-out clinic.</param>
/// <param name="Start">In Danish local time (offset +01:00 or +02:00), ready to show.</param>
/// <param name="End">In Danish local time.</param>
/// <param name="Mode">Built-in (reserved on booking) or link-out (a suggestion the clinic's page confirms).</param>
public sealed record BookingSlot(
    string Id,
    string ClinicId,
    string? PractitionerId,
    string? PractitionerName,
    DateTimeOffset Start,
    DateTimeOffset End,
    BookingMode Mode);
