using HeelBot.Dialogs.Booking;

namespace HeelBot.Dialogs.Tests.Booking;

/// <summary>
/// The booking back end for dialog tests: the real schedule (content/booking/schedule.yml) and clock, bookings kept in
/// memory, and switches for what the real one does under load or failure: a time taken by someone else between offer
/// and booking (<see cref="TakeBeforeBooking"/>), and a database that is down (<see cref="Down"/>: bookings come back
/// pending, look-ups throw <see cref="BookingUnavailableException"/>). The host's real provider is tested in
/// Booking.Tests and, end to end, in Bot.Tests.
/// </summary>
public sealed class InMemoryBookingProvider(TimeProvider clock) : IBookingProvider
{
    private static readonly Lazy<BookingSchedule> SharedSchedule = new(BookingSchedule.LoadEmbedded);
    private readonly List<(Appointment Appointment, PersonKey Person, BookingRequest Request)> _booked = [];
    private readonly List<(PendingBooking Pending, PersonKey Person, BookingRequest Request)> _pending = [];
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private int _next;

    public static BookingSchedule Schedule => SharedSchedule.Value;

    /// <summary>The booking database cannot be reached.</summary>
    public bool Down { get; set; }

    /// <summary>The next booking finds its time just taken by someone else.</summary>
    public bool TakeBeforeBooking { get; set; }

    /// <summary>Every request that was booked, in order (with contact and triage summary as sent).</summary>
    public IReadOnlyList<BookingRequest> Requests => [.. _booked.Select(b => b.Request)];

    public IReadOnlyList<BookingRequest> PendingRequests => [.. _pending.Select(p => p.Request)];

    /// <summary>How many times <see cref="DeletePersonDataAsync"/> removed something.</summary>
    public int Deleted { get; private set; }

    public BookingMode GetMode(string clinicId) => Schedule.Find(clinicId)?.Mode ?? BookingMode.None;

    public Task<IReadOnlyList<BookingSlot>> FindSlotsAsync(SlotQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (Schedule.Find(query.ClinicId) is not { } clinic)
        {
            return Task.FromResult<IReadOnlyList<BookingSlot>>([]);
        }

        var window = Schedule.BookableWindow(clinic, clock.GetUtcNow()).Narrow(query.Earliest, query.Latest?.AddTicks(1));
        if (window.IsEmpty)
        {
            return Task.FromResult<IReadOnlyList<BookingSlot>>([]);
        }

        var wish = query.Wish ?? window.From;
        IReadOnlyList<BookingSlot> slots =
        [
            .. Schedule.SlotsFor(clinic.Id, Schedule.LocalDate(window.From), Schedule.LocalDate(window.To))
                .Where(slot => window.Contains(slot.Start))
                .Select(slot => ToSlot(clinic, slot.PractitionerId, slot.Start, slot.End))
                .Where(slot => !_taken.Contains(slot.Id))
                .Where(slot => query.TimeOfDay is null || query.TimeOfDay.Contains(TimeOnly.FromDateTime(slot.Start.DateTime)))
                .DistinctBy(slot => slot.Start)
                .OrderBy(slot => (slot.Start - wish).Duration())
                .ThenBy(slot => slot.Start)
                .Take(query.MaxCount),
        ];
        return Task.FromResult(slots);
    }

    public async Task<BookingResult> BookAsync(BookingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clinic = Schedule.Find(request.ClinicId) ?? throw new ArgumentException($"Unknown clinic '{request.ClinicId}'.", nameof(request));
        if (!BookingSlotId.TryParse(request.SlotId, out var slotId) || slotId.ClinicId != clinic.Id)
        {
            throw new ArgumentException($"'{request.SlotId}' is no slot of '{clinic.Id}'.", nameof(request));
        }

        var start = Schedule.ToLocal(slotId.StartUtc);
        var slot = ToSlot(clinic, slotId.PractitionerId, start, Schedule.ToLocal(slotId.StartUtc + clinic.SlotLength));
        if (clinic.Mode == BookingMode.LinkOut)
        {
            return new BookingResult.LinkOut(clinic.LinkFor(start), slot);
        }

        if (request.Contact is null || !BookingContact.IsE164(request.Contact.Phone))
        {
            throw new ArgumentException("A built-in booking needs contact details with an E.164 phone number.", nameof(request));
        }

        if (Down)
        {
            var id = $"req-{++_next}";
            _pending.Add((new PendingBooking(id, clinic.Id, start, PendingBookingStatus.Retrying, clock.GetUtcNow()), request.Person, request));
            return new BookingResult.Pending(id);
        }

        if (TakeBeforeBooking || _taken.Contains(slot.Id))
        {
            TakeBeforeBooking = false;
            _taken.Add(slot.Id);
            var alternatives = await FindSlotsAsync(new SlotQuery(clinic.Id) { Wish = start, MaxCount = 3 }, cancellationToken);
            return new BookingResult.SlotTaken(alternatives);
        }

        _taken.Add(slot.Id);
        var reference = $"HB-{BookingReference.Alphabet[_next % 25]}{BookingReference.Alphabet[++_next % 25]}KX3Q";
        _booked.Add((new Appointment(reference, AppointmentStatus.Confirmed, slot, clock.GetUtcNow()), request.Person, request));
        return new BookingResult.Confirmed(reference, slot);
    }

    public Task<IReadOnlyList<Appointment>> FindByPersonAsync(PersonKey person, CancellationToken cancellationToken = default)
    {
        ThrowWhenDown();
        IReadOnlyList<Appointment> mine = [.. _booked.Where(b => b.Person == person).Select(b => b.Appointment).OrderBy(a => a.Slot.Start)];
        return Task.FromResult(mine);
    }

    public Task<IReadOnlyList<PendingBooking>> FindPendingByPersonAsync(PersonKey person, CancellationToken cancellationToken = default)
    {
        ThrowWhenDown();
        IReadOnlyList<PendingBooking> mine = [.. _pending.Where(p => p.Person == person).Select(p => p.Pending)];
        return Task.FromResult(mine);
    }

    public Task<CancelResult> CancelAsync(string reference, PersonKey person, CancellationToken cancellationToken = default)
    {
        ThrowWhenDown();
        var index = _booked.FindIndex(b => b.Appointment.Reference == reference && b.Person == person);
        if (index < 0)
        {
            var pending = _pending.FindIndex(p => p.Pending.RequestId == reference && p.Person == person);
            if (pending < 0)
            {
                return Task.FromResult<CancelResult>(new CancelResult.NotFound());
            }

            _pending.RemoveAt(pending);
            return Task.FromResult<CancelResult>(new CancelResult.RequestWithdrawn(reference));
        }

        var (appointment, owner, request) = _booked[index];
        if (appointment.Status == AppointmentStatus.Cancelled)
        {
            return Task.FromResult<CancelResult>(new CancelResult.AlreadyCancelled(appointment));
        }

        if (appointment.Slot.Start <= clock.GetUtcNow())
        {
            return Task.FromResult<CancelResult>(new CancelResult.TooLate(appointment));
        }

        var cancelled = appointment with { Status = AppointmentStatus.Cancelled };
        _booked[index] = (cancelled, owner, request);
        _taken.Remove(appointment.Slot.Id);
        return Task.FromResult<CancelResult>(new CancelResult.Cancelled(cancelled));
    }

    public Task<int> DeletePersonDataAsync(PersonKey person, CancellationToken cancellationToken = default)
    {
        ThrowWhenDown();
        var count = _booked.RemoveAll(b => b.Person == person) + _pending.RemoveAll(p => p.Person == person);
        Deleted += count > 0 ? 1 : 0;
        return Task.FromResult(count);
    }

    /// <summary>Marks a time as booked by someone else, so it is not offered.</summary>
    public void Take(string slotId) => _taken.Add(slotId);

    private static BookingSlot ToSlot(BookingScheduleClinic clinic, string? practitionerId, DateTimeOffset start, DateTimeOffset end) => new(
        BookingSlotId.Format(clinic.Id, practitionerId, start),
        clinic.Id,
        practitionerId,
        practitionerId is null ? null : clinic.FindPractitioner(practitionerId)?.Name,
        start,
        end,
        clinic.Mode);

    private void ThrowWhenDown()
    {
        if (Down)
        {
            throw new BookingUnavailableException("The test says the booking database is down.");
        }
    }
}
