namespace HeelBot.Dialogs.Booking;

/// <summary>How the booking dialog begins.</summary>
/// <param name="FollowUp">
/// After an urgent outcome: the person was told to see a doctor today, and is then asked whether they would like a
/// follow-up appointment at a clinic. Otherwise the person already asked to book, and the dialog starts with the clinic.
/// </param>
public sealed record BookingStart(bool FollowUp);
