namespace HeelBot.Bot.Booking;

/// <summary>The <c>Booking:Provider</c> setting.</summary>
public enum BookingProviderKind
{
    /// <summary>The default: clinics set <c>builtin</c> in schedule.yml are booked in the bot's schedule, <c>linkout</c> ones by link.</summary>
    Builtin,

    /// <summary>
    /// Booking by link only: <c>linkout</c> clinics get their link; <c>builtin</c> clinics (which have no link, and whose
    /// link is never sent) are not bookable through the bot. Bookings already in the bot's database can still be seen,
    /// cancelled and deleted, and kept requests are still retried.
    /// </summary>
    LinkOut,
}
