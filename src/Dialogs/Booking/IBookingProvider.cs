namespace HeelBot.Dialogs.Booking;

/// <summary>
/// What the booking dialog books through: free times at a clinic, the booking itself, and the person's own
/// bookings afterwards (see them, cancel them, delete their data). Implementations live in the host
/// (<c>HeelBot.Bot.Booking</c>): the built-in schedule in the bot's database, and a link-out to a clinic's own
/// booking page; which one serves a clinic comes from <c>content/booking/schedule.yml</c> and <c>Booking:Provider</c>.
/// </summary>
/// <remarks>
/// Nothing is held while the person chooses: <see cref="FindSlotsAsync"/> only looks, so the person can change
/// clinic, time or contact details as often as they like before confirming. <see cref="BookAsync"/> is the
/// confirmation and reserves atomically; a time someone else took meanwhile comes back as
/// <see cref="BookingResult.SlotTaken"/> with other times.
/// </remarks>
public interface IBookingProvider
{
    /// <summary>How a clinic is booked with the current settings; <see cref="BookingMode.None"/> for an unknown clinic id.</summary>
    /// <remarks>
    /// Lets the dialog ask only for what is needed: contact details and triage consent for
    /// <see cref="BookingMode.Builtin"/>, nothing personal for <see cref="BookingMode.LinkOut"/> (the clinic's own
    /// page asks for it there).
    /// </remarks>
    BookingMode GetMode(string clinicId);

    /// <summary>
    /// Free times at the clinic, at most <see cref="SlotQuery.MaxCount"/>, closest to <see cref="SlotQuery.Wish"/>
    /// first (ties: the earlier first), one per start time. Empty when nothing fits or the clinic cannot be booked
    /// through the bot. Times are in Danish local time (their offset is +01:00 or +02:00).
    /// </summary>
    /// <remarks>
    /// For a link-out clinic the times come from its opening hours: the clinic's own page decides whether they are
    /// free. When the bot's database cannot be reached, the built-in schedule answers from the opening hours too, and
    /// a booking made on such a time comes back <see cref="BookingResult.Pending"/> if the database is still away.
    /// </remarks>
    /// <exception cref="ArgumentException">The query is malformed (empty clinic id, MaxCount below 1, Latest before Earliest).</exception>
    Task<IReadOnlyList<BookingSlot>> FindSlotsAsync(SlotQuery query, CancellationToken cancellationToken = default);

    /// <summary>Books the slot the person confirmed. Never throws for a slot that is taken or a database that is down: see <see cref="BookingResult"/>.</summary>
    /// <exception cref="ArgumentException">
    /// The request is malformed: unknown clinic, a slot id that is not one of <see cref="BookingSlot.Id"/>'s or belongs to another
    /// clinic, an unsupported language, or (built-in clinics) missing contact details or a phone number not in E.164 form.
    /// </exception>
    Task<BookingResult> BookAsync(BookingRequest request, CancellationToken cancellationToken = default);

    /// <summary>The person's bookings made through the bot from this channel (confirmed and cancelled), soonest first.</summary>
    /// <exception cref="BookingUnavailableException">The bot's database cannot be reached.</exception>
    Task<IReadOnlyList<Appointment>> FindByPersonAsync(PersonKey person, CancellationToken cancellationToken = default);

    /// <summary>The person's booking requests that could not be completed yet (kept for retry or handed to staff), oldest first.</summary>
    /// <exception cref="BookingUnavailableException">The bot's database cannot be reached.</exception>
    Task<IReadOnlyList<PendingBooking>> FindPendingByPersonAsync(PersonKey person, CancellationToken cancellationToken = default);

    /// <summary>
    /// Cancels a booking (by its reference, e.g. <c>HB-7KX3QD</c>) or a pending request (by its request id). Only the
    /// person who booked can cancel, and only from the channel they booked on: anyone else gets
    /// <see cref="CancelResult.NotFound"/>, the same answer as for a reference that does not exist.
    /// </summary>
    /// <exception cref="BookingUnavailableException">The bot's database cannot be reached.</exception>
    Task<CancelResult> CancelAsync(string reference, PersonKey person, CancellationToken cancellationToken = default);

    /// <summary>
    /// "Slet mine data": removes the person's pending booking requests, every triage summary, and their cancelled
    /// bookings. A confirmed booking (past or future) is not removed but reduced to what the clinic legally needs to
    /// keep its appointment book: clinic, practitioner, time, name and phone number. Its e-mail address, language, triage
    /// summary and the link to this person's channel identity are erased, so afterwards it can no longer be seen or
    /// cancelled through the bot: the person calls the clinic. Returns how many bookings and requests were deleted
    /// or reduced (0 when there was nothing).
    /// </summary>
    /// <exception cref="BookingUnavailableException">The bot's database cannot be reached.</exception>
    Task<int> DeletePersonDataAsync(PersonKey person, CancellationToken cancellationToken = default);
}
