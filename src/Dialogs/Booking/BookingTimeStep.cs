namespace HeelBot.Dialogs.Booking;

/// <summary>Where the time question stands: the draft, the times offered and how to word the next question.</summary>
/// <param name="Draft">The booking so far (its clinic is chosen).</param>
/// <param name="Offered">The free times offered as choices, in order.</param>
/// <param name="Key">The content key of the question to ask.</param>
public sealed record BookingTimeStep(BookingDraft Draft, IReadOnlyList<BookingSlot> Offered, string Key);
