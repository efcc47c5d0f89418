namespace HeelBot.Dialogs.Booking;

/// <summary>Where the clinic question stands: the draft, the clinics offered and how to word the next question.</summary>
/// <param name="Draft">The booking so far.</param>
/// <param name="Offered">Clinic ids offered as choices, in order.</param>
/// <param name="Key">The content key of the question to ask; null on the first round (the dialog picks it).</param>
/// <param name="Args">Its placeholder values.</param>
public sealed record BookingClinicStep(BookingDraft Draft, IReadOnlyList<string> Offered, string? Key = null, IReadOnlyDictionary<string, string>? Args = null);
