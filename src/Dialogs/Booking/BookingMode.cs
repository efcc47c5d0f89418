namespace HeelBot.Dialogs.Booking;

/// <summary>How a clinic is booked through the bot.</summary>
public enum BookingMode
{
    /// <summary>The clinic cannot be booked through the bot with the current settings (or the id is unknown): give its phone number.</summary>
    None,

    /// <summary>The bot's own schedule: the slot is reserved at once and the person gets a reference.</summary>
    Builtin,

    /// <summary>The clinic books on its own page: the person gets a link with clinic, date and time filled in.</summary>
    LinkOut,
}
