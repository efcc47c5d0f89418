using HeelBot.Dialogs.Booking;

namespace HeelBot.Bot.Booking;

/// <summary>
/// Books link-out clinics: the person is sent to the clinic's own booking page with clinic, date and time filled in
/// (<see cref="BookingScheduleClinic.LinkFor"/>). Offers times from the clinic's opening hours; the page decides whether
/// they are free. Stores nothing, and puts nothing personal in the link: no name, no contact details, no triage.
/// A clinic configured <c>builtin</c> never gets a link from here (<see cref="BookingResult.NotBookable"/>).
/// </summary>
public sealed class LinkOutBookingProvider(BookingSchedule schedule, TimeProvider timeProvider) : IBookingProvider
{
    public BookingMode GetMode(string clinicId) =>
        schedule.Find(clinicId) is { Mode: BookingMode.LinkOut } ? BookingMode.LinkOut : BookingMode.None;

    public Task<IReadOnlyList<BookingSlot>> FindSlotsAsync(SlotQuery query, CancellationToken cancellationToken = default)
    {
        SlotPicker.Validate(query);
        if (schedule.Find(query.ClinicId) is not { Mode: BookingMode.LinkOut } clinic)
        {
            return Task.FromResult<IReadOnlyList<BookingSlot>>([]);
        }

        var window = SlotPicker.Window(schedule.BookableWindow(clinic, timeProvider.GetUtcNow()), query);
        if (window.IsEmpty)
        {
            return Task.FromResult<IReadOnlyList<BookingSlot>>([]);
        }

        var candidates = schedule.SlotsFor(clinic.Id, schedule.LocalDate(window.From), schedule.LocalDate(window.To))
            .Where(slot => window.Contains(slot.Start))
            .Select(ToSlot);
        return Task.FromResult(SlotPicker.Pick(candidates, query, SlotPicker.Wish(window, query)));
    }

    public async Task<BookingResult> BookAsync(BookingRequest request, CancellationToken cancellationToken = default)
    {
        var (clinic, slotId, _) = BookingRequestCheck.Validate(request, schedule);
        if (clinic.Mode != BookingMode.LinkOut)
        {
            return new BookingResult.NotBookable(clinic.Id);
        }

        var date = schedule.LocalDate(slotId.StartUtc);
        var slot = slotId.PractitionerId is null
            ? schedule.SlotsFor(clinic.Id, date, date).FirstOrDefault(candidate => candidate.Start == slotId.StartUtc)
            : null;
        if (slot is null || !schedule.BookableWindow(clinic, timeProvider.GetUtcNow()).Contains(slot.Start))
        {
            var alternatives = await FindSlotsAsync(new SlotQuery(clinic.Id) { Wish = slotId.StartUtc }, cancellationToken).ConfigureAwait(false);
            return new BookingResult.SlotTaken(alternatives);
        }

        return new BookingResult.LinkOut(clinic.LinkFor(slot.Start), ToSlot(slot));
    }

    public Task<IReadOnlyList<Appointment>> FindByPersonAsync(PersonKey person, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Appointment>>([]);

    public Task<IReadOnlyList<PendingBooking>> FindPendingByPersonAsync(PersonKey person, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PendingBooking>>([]);

    /// <summary>A link-out booking lives in the clinic's own system: it is cancelled there.</summary>
    public Task<CancelResult> CancelAsync(string reference, PersonKey person, CancellationToken cancellationToken = default) =>
        Task.FromResult<CancelResult>(new CancelResult.NotFound());

    /// <summary>Nothing to delete: link-out bookings leave no data in the bot.</summary>
    public Task<int> DeletePersonDataAsync(PersonKey person, CancellationToken cancellationToken = default) => Task.FromResult(0);

    private static BookingSlot ToSlot(BookingScheduleSlot slot) =>
        new(slot.Id, slot.ClinicId, null, null, slot.Start, slot.End, BookingMode.LinkOut);
}
