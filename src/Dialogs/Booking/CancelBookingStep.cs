namespace HeelBot.Dialogs.Booking;

/// <summary>Where "cancel my booking" stands: the bookings listed, and how to word the question.</summary>
/// <param name="Items">The person's upcoming bookings and pending requests, soonest first.</param>
/// <param name="Key">The content key of the question to ask.</param>
public sealed record CancelBookingStep(IReadOnlyList<CancelBookingItem> Items, string Key);
