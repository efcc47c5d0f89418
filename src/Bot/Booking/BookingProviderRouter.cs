using HeelBot.Dialogs.Booking;

namespace HeelBot.Bot.Booking;

/// <summary>
/// The <see cref="IBookingProvider"/> the dialog gets. Each clinic is booked as schedule.yml says, within what
/// <c>Booking:Provider</c> allows: link-out clinics by <see cref="LinkOutBookingProvider"/>; built-in clinics by
/// <see cref="BuiltinBookingProvider"/> when the provider is <see cref="BookingProviderKind.Builtin"/>, and not at all
/// when it is <see cref="BookingProviderKind.LinkOut"/>. The person's own bookings (list, cancel, delete) are always
/// answered from the bot's database, whatever the setting, so switching it never strands a booking.
/// </summary>
public sealed class BookingProviderRouter(BookingSchedule schedule, BookingOptions options, BuiltinBookingProvider builtin, LinkOutBookingProvider linkOut) : IBookingProvider
{
    public BookingMode GetMode(string clinicId) => schedule.Find(clinicId)?.Mode switch
    {
        BookingMode.LinkOut => BookingMode.LinkOut,
        BookingMode.Builtin when options.Provider == BookingProviderKind.Builtin => BookingMode.Builtin,
        _ => BookingMode.None,
    };

    public Task<IReadOnlyList<BookingSlot>> FindSlotsAsync(SlotQuery query, CancellationToken cancellationToken = default)
    {
        SlotPicker.Validate(query);
        return GetMode(query.ClinicId) switch
        {
            BookingMode.LinkOut => linkOut.FindSlotsAsync(query, cancellationToken),
            BookingMode.Builtin => builtin.FindSlotsAsync(query, cancellationToken),
            _ => Task.FromResult<IReadOnlyList<BookingSlot>>([]),
        };
    }

    public Task<BookingResult> BookAsync(BookingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clinic = schedule.Find(request.ClinicId ?? string.Empty) ?? throw new ArgumentException($"Unknown clinic id '{request.ClinicId}'.", nameof(request));
        return GetMode(clinic.Id) switch
        {
            BookingMode.LinkOut => linkOut.BookAsync(request, cancellationToken),
            BookingMode.Builtin => builtin.BookAsync(request, cancellationToken),
            _ => Task.FromResult<BookingResult>(new BookingResult.NotBookable(clinic.Id)),
        };
    }

    public Task<IReadOnlyList<Appointment>> FindByPersonAsync(PersonKey person, CancellationToken cancellationToken = default) =>
        builtin.FindByPersonAsync(person, cancellationToken);

    public Task<IReadOnlyList<PendingBooking>> FindPendingByPersonAsync(PersonKey person, CancellationToken cancellationToken = default) =>
        builtin.FindPendingByPersonAsync(person, cancellationToken);

    public Task<CancelResult> CancelAsync(string reference, PersonKey person, CancellationToken cancellationToken = default) =>
        builtin.CancelAsync(reference, person, cancellationToken);

    public Task<int> DeletePersonDataAsync(PersonKey person, CancellationToken cancellationToken = default) =>
        builtin.DeletePersonDataAsync(person, cancellationToken);
}
