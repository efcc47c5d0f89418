namespace HeelBot.Dialogs.Booking;

/// <summary>One booking the person may cancel, as listed to them.</summary>
/// <param name="Reference">The booking reference, or a pending request's id: what <see cref="IBookingProvider.CancelAsync"/> takes.</param>
/// <param name="Line">How it is shown ("HB-7KX3QD: Aarhus C, tirsdag 24. november kl. 10.00").</param>
public sealed record CancelBookingItem(string Reference, string Line);
