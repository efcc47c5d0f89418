namespace HeelBot.Dialogs.Booking;

/// <summary>A booking request that could not be completed yet, as its owner sees it.</summary>
/// <param name="RequestId">From <see cref="BookingResult.Pending"/>; <see cref="IBookingProvider.CancelAsync"/> accepts it.</param>
/// <param name="ClinicId">The clinic asked for.</param>
/// <param name="SlotStart">The time asked for, in Danish local time.</param>
/// <param name="Status">Still being retried, or handed to staff who will contact the person.</param>
/// <param name="RequestedAt">When the person confirmed.</param>
public sealed record PendingBooking(string RequestId, string ClinicId, DateTimeOffset SlotStart, PendingBookingStatus Status, DateTimeOffset RequestedAt);
