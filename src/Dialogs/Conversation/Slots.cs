namespace HeelBot.Dialogs.Conversation;

/// <summary>The <c>asks</c> values of the turn entity: the slot a message asks for.</summary>
public static class Slots
{
    public const string Location = "location";
    public const string Timing = "timing";
    public const string Duration = "duration";
    public const string RedFlags = "redflags";
    public const string Age = "age";
    public const string Activity = "activity";
    public const string BookingOffer = "booking.offer";
    public const string Consent = "consent";
    public const string BookingClinic = "booking.clinic";
    public const string BookingTime = "booking.time";
    public const string BookingContact = "booking.contact";
    public const string BookingConfirm = "booking.confirm";

    /// <summary>Which of the person's bookings to cancel, and whether to cancel it.</summary>
    public const string BookingCancel = "booking.cancel";

    /// <summary>A yes/no question about one red flag or sign.</summary>
    public static string RedFlag(string id) => $"redflag.{id}";

    /// <summary>
    /// A booking question that takes a clinic, a time or contact details: its answer says nothing about the heel
    /// ("i morgen kl 10" is no duration, a name is no place).
    /// </summary>
    public static bool TakesBookingDetails(string? slot) => slot is BookingClinic or BookingTime or BookingContact or BookingConfirm or BookingCancel;
}
