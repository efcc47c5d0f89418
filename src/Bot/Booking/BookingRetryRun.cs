namespace HeelBot.Bot.Booking;

/// <summary>What one run of <see cref="BookingRetryJob"/> did.</summary>
/// <param name="Stored">Requests moved from memory (<see cref="PendingBookingBuffer"/>) into the database.</param>
/// <param name="Booked">Requests completed as bookings.</param>
/// <param name="Deferred">Requests that failed again and wait for their next attempt.</param>
/// <param name="HandedToStaff">Requests marked <c>needs_staff</c>.</param>
public sealed record BookingRetryRun(int Stored, int Booked, int Deferred, int HandedToStaff);
