namespace HeelBot.Dialogs.Booking;

/// <summary>
/// The booking as it takes shape, part by part: it flows through the booking dialog's waterfall as options and comes
/// back from each child dialog as its result, so every part is asked only while it is missing, and changing a part at
/// the confirmation clears just that part (<see cref="WithoutClinic"/>, <see cref="WithoutTime"/>,
/// <see cref="WithoutContact"/>). Kept in the conversation state until the booking is made or dropped. Holds personal
/// data, so <see cref="ToString"/> prints none of it.
/// </summary>
public sealed record BookingDraft
{
    /// <summary>Offered after an urgent outcome, once the person has been told to see a doctor first.</summary>
    public bool FollowUp { get; init; }

    /// <summary>The chosen clinic's id (content/booking/clinics.yml); null until chosen.</summary>
    public string? ClinicId { get; init; }

    /// <summary>The chosen time; null until chosen. Nothing is reserved before the person confirms.</summary>
    public BookingSlot? Slot { get; init; }

    /// <summary>Times to offer first: the alternatives the back end gave when the chosen time was just taken.</summary>
    public IReadOnlyList<BookingSlot> Alternatives { get; init; } = [];

    public string? Name { get; init; }

    /// <summary>E.164, e.g. <c>+4520123456</c>.</summary>
    public string? Phone { get; init; }

    /// <summary>The number came from the channel (SMS) rather than from the person: it is not asked again.</summary>
    public bool PhoneFromChannel { get; init; }

    public string? Email { get; init; }

    /// <summary>The person chose not to give an e-mail address.</summary>
    public bool EmailSkipped { get; init; }

    /// <summary>May the clinic receive the triage summary? Null until asked.</summary>
    public bool? ShareSummary { get; init; }

    /// <summary>The last answer to the confirmation was not understood: ask it again with the retry wording.</summary>
    public bool RetryConfirm { get; init; }

    /// <summary>The person backed out ("not now"): the booking dialog ends without booking.</summary>
    public bool Abandoned { get; init; }

    public bool HasContact => Name is not null && Phone is not null && (Email is not null || EmailSkipped);

    public BookingContact ToContact() =>
        new(Name ?? throw new InvalidOperationException("No name yet."), Phone ?? throw new InvalidOperationException("No phone number yet."), EmailSkipped ? null : Email);

    /// <summary>Choose the clinic again; the time belongs to the clinic, so it goes too.</summary>
    public BookingDraft WithoutClinic() => this with { ClinicId = null, Slot = null, Alternatives = [], RetryConfirm = false };

    public BookingDraft WithoutTime() => this with { Slot = null, Alternatives = [], RetryConfirm = false };

    /// <summary>Give name, number and e-mail again; a number the channel gave is kept (it is not asked for).</summary>
    public BookingDraft WithoutContact() =>
        this with { Name = null, Phone = PhoneFromChannel ? Phone : null, Email = null, EmailSkipped = false, RetryConfirm = false };

    public override string ToString() =>
        $"BookingDraft {{ ClinicId = {ClinicId}, SlotId = {Slot?.Id}, HasContact = {HasContact}, ShareSummary = {ShareSummary}, FollowUp = {FollowUp} }}";
}
