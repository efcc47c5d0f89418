namespace HeelBot.Bot.Booking;

/// <summary>Where a kept booking request stands. Stored as <c>pending</c> / <c>needs_staff</c>.</summary>
public enum BookingRequestStatus
{
    /// <summary>Tried again by <see cref="BookingRetryJob"/> when its next attempt is due.</summary>
    Pending,

    /// <summary>Retrying gave up; the clinic's staff contact the person (the row holds what they need).</summary>
    NeedsStaff,
}
