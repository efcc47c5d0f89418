namespace HeelBot.Dialogs.Booking;

/// <summary>
/// How a booking went; one of the nested records, so a <c>switch</c> over them covers every case. Each tells the
/// person something true: booked, taken (choose another), finish on the clinic's page, not yet (kept for retry or
/// for staff), or not bookable through the bot.
/// </summary>
public abstract record BookingResult
{
    private BookingResult()
    {
    }

    /// <summary>Booked. Tell the person the reference, e.g. <c>HB-7KX3QD</c>; they need it to cancel.</summary>
    public sealed record Confirmed(string Reference, BookingSlot Slot) : BookingResult;

    /// <summary>Someone else got the time first (or it is no longer bookable). Offer these instead; may be empty.</summary>
    public sealed record SlotTaken(IReadOnlyList<BookingSlot> Alternatives) : BookingResult;

    /// <summary>
    /// The clinic books on its own page: send the person there. The URL carries clinic, date and time only; the time
    /// is not reserved until the person completes the booking on that page.
    /// </summary>
    public sealed record LinkOut(Uri Url, BookingSlot Slot) : BookingResult;

    /// <summary>
    /// The booking could not be completed now (the booking database is unreachable). The request, with everything the
    /// person entered, is kept and tried again; if that keeps failing, or the time has gone meanwhile, it is handed to
    /// the clinic's staff, who contact the person. Nothing is booked yet: say so.
    /// </summary>
    public sealed record Pending(string RequestId) : BookingResult;

    /// <summary>The clinic cannot be booked through the bot with the current settings: give its phone number instead.</summary>
    public sealed record NotBookable(string ClinicId) : BookingResult;
}
